import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/report/github.ts
/** Escaping of workflow-command data exactly as @actions/core's command.ts does, so a value cannot end the command. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Properties additionally escape the separators `:` and `,`. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' };
function annotationOf(f) {
    const properties = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
    ].join(',');
    return `::${COMMAND[f.severity]} ${properties}::${escapeData(f.message)}`;
}
/** One workflow-command annotation per unsuppressed finding. */
const toGithub = (result) => result.findings
    .filter((f) => !f.suppressed)
    .map((f) => annotationOf(f) + '\n')
    .join('');

;// CONCATENATED MODULE: ./src/action/runner.ts




let write = (text) => void process.stdout.write(text);
/** Where commands go (stdout, as the runner reads them); tests capture them. */
function setCommandWriter(writer) {
    write = writer;
}
function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    return typeof value === 'string' || value instanceof String ? String(value) : JSON.stringify(value);
}
function issueCommand(command, properties, message) {
    const given = Object.entries(properties).filter(([, value]) => value);
    const props = given.length > 0 ? ' ' + given.map(([key, value]) => `${key}=${escapeProperty(commandValue(value))}`).join(',') : '';
    write(`::${command}${props}::${escapeData(commandValue(message))}${external_node_os_namespaceObject.EOL}`);
}
function annotationProperties(p) {
    return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
/** `INPUT_<NAME>` with spaces as underscores, trimmed, as the runner passes `with:` values. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function fileCommand(variable, key, value) {
    const file = process.env[variable];
    if (!file)
        return false;
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const text = commandValue(value);
    if (key.includes(delimiter) || text.includes(delimiter))
        throw new Error('Unexpected input: the delimiter appears in the value');
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${key}<<${delimiter}${external_node_os_namespaceObject.EOL}${text}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
    return true;
}
function setOutput(name, value) {
    if (fileCommand('GITHUB_OUTPUT', name, value))
        return;
    write(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, commandValue(value));
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function info(message) {
    write(message + external_node_os_namespaceObject.EOL);
}
function error(message, properties = {}) {
    issueCommand('error', annotationProperties(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', annotationProperties(properties), message);
}
function notice(message, properties = {}) {
    issueCommand('notice', annotationProperties(properties), message);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Appends markdown to the step summary (GITHUB_STEP_SUMMARY), as core.summary.addRaw(text).write() does. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/schema/trustedAjv.ts
let AjvConstructor;
let instance;
/**
 * Loads ajv. It is imported on demand, not at start-up: a run with nothing to validate does not pay for it
 * (ajv's module evaluation was ~20% of the start-up of dist/index.js with nothing to check, measured with
 * --cpu-prof). Callers that validate await this first; it is cheap once loaded.
 */
async function loadAjv() {
    if (!AjvConstructor) {
        // Node gives ajv's CommonJS exports as named exports; the bundler's interop gives only `default` (the Ajv class,
        // which also carries .Ajv). Either way it is the same class.
        const module = (await __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 23)));
        AjvConstructor = module.Ajv ?? module.default.Ajv ?? module.default;
    }
    return AjvConstructor;
}
/**
 * One Ajv for the schemas that ship with the tool (manifest, policy, rule options). They are checked against the
 * meta-schema in strict mode by the tests, so at run time `validateSchema: false` skips compiling the meta-schema:
 * measured at ~130 ms of a ~600 ms start-up. Schemas a user writes (custom rules) go through their own instance,
 * which does validate them.
 */
function trustedAjv() {
    if (!AjvConstructor)
        throw new Error('internal: loadAjv() must be awaited before trustedAjv()');
    instance ??= new AjvConstructor({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, validateSchema: false });
    return instance;
}

;// CONCATENATED MODULE: ./schemas/manifest.schema.json
const manifest_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/lp-app-manifest-check/lp-app-manifest-check/v1/schemas/manifest.schema.json","title":"LivePerson Conversational Cloud application manifest","description":"The manifest LivePerson installs a Conversational Cloud application from: an OAuth 2.0 client (RFC 7591 style) with webhooks and engagement capabilities.","type":"object","required":["client_name"],"properties":{"$schema":{"type":"string","description":"The JSON Schema this file follows (for editors)."},"client_name":{"type":"string","minLength":1,"maxLength":128,"description":"The unique name of the application, e.g. com.liveperson.applicationName. Max length 128."},"display_name":{"type":"string","maxLength":128,"description":"The presentation name of the application all over Conversational Cloud. Max length 128."},"description":{"type":"string","maxLength":256,"description":"A short description of the application. Max length 256."},"grant_types":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["client_credentials","authorization_code","refresh_token"]},"description":"OAuth 2.0 authorization grants the client uses."},"redirect_uris":{"type":"array","items":{"type":"string","minLength":1,"maxLength":128},"description":"URIs the authorization code or access token is sent to after the redirect. Each at most 128 characters."},"response_types":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["code","token","id_token","id_token token"]},"description":"OAuth 2.0 response types the client can use at the authorization endpoint."},"scope":{"type":"string","maxLength":128,"description":"Space-separated scope values the client can use when requesting access tokens (supported: msg.consumer). Max length 128."},"logo_uri":{"type":"string","maxLength":1024,"description":"URL of the application\'s logo; the image must be exactly 70x70 pixels. Max length 1024."},"capabilities":{"$ref":"#/definitions/capabilities"},"quick_launch_enabled":{"type":"boolean","description":"Whether the application is shown in the quick-launch menu (default false)."},"entry_uri":{"type":"string","maxLength":1024,"description":"The application launch URI (starts the SSO flow). Max length 1024."},"enabled":{"type":"boolean","description":"Whether the installed application is enabled."},"enabled_for_profiles":{"type":"array","items":{"type":"integer"},"description":"Ids of the agent profiles the application is enabled for."},"id":{"description":"Assigned by LivePerson when the application is installed."},"client_id":{"description":"Assigned by LivePerson when the application is installed."},"client_id_issued_at":{"description":"Assigned by LivePerson when the application is installed."},"client_secret_expires_at":{"description":"Assigned by LivePerson when the application is installed."},"deleted":{"description":"Assigned by LivePerson."},"client_secret":{"description":"Issued by LivePerson; must never be committed (rule client-secret-committed)."}},"patternProperties":{"^client_name#[A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+)*(-[Xx](-[A-Za-z0-9]{1,8})+)?$":{"type":"string","minLength":1,"maxLength":128,"description":"client_name in one language: client_name#<BCP 47 language tag>, e.g. client_name#ja-JP."}},"additionalProperties":false,"definitions":{"capabilities":{"type":"object","description":"Conversational Cloud capabilities the application uses.","properties":{"webhooks":{"$ref":"#/definitions/webhooks"},"engagement":{"$ref":"#/definitions/engagement"}},"additionalProperties":false},"webhooks":{"type":"object","description":"Endpoints where UMS (the Messaging Service) sends notifications, by event type.","properties":{"ms.MessagingEventNotification.ContentEvent":{"$ref":"#/definitions/webhook"},"ms.MessagingEventNotification.RichContentEvent":{"$ref":"#/definitions/webhook"},"ms.MessagingEventNotification.AcceptStatusEvent":{"$ref":"#/definitions/webhook"},"ms.MessagingEventNotification.ChatStateEvent":{"$ref":"#/definitions/webhook"},"cqm.ExConversationChangeNotification":{"$ref":"#/definitions/webhook"}},"additionalProperties":{"$ref":"#/definitions/webhook"}},"webhook":{"type":"object","description":"Where and how one kind of notification is sent.","required":["endpoint"],"properties":{"endpoint":{"type":"string","pattern":"^https://","description":"The URL the notification is sent to, including query parameters; starts with https://."},"max_retries":{"type":"integer","minimum":0,"maximum":5,"description":"How many times a failed notification is retried (0 to 5)."},"headers":{"type":"array","items":{"$ref":"#/definitions/header"},"description":"HTTP headers added to the notification request."},"retry":{"type":"object","description":"Retry settings.","properties":{"retention_time":{"type":"integer","description":"Seconds a failed notification is kept for retries: 0, or 3600 to 259200.","if":{"type":"integer","not":{"const":0}},"then":{"minimum":3600,"maximum":259200}}},"additionalProperties":false}},"additionalProperties":false},"header":{"type":"object","description":"One HTTP header.","required":["header_name","header_value"],"properties":{"header_name":{"type":"string","minLength":1,"description":"The header\'s name."},"header_value":{"type":"string","description":"The header\'s value."}},"additionalProperties":false},"engagement":{"type":"object","description":"How the application interfaces with Conversational Cloud engagements and their creation.","required":["design_engagement","design_window","entry_point","visitor_behavior","target_audience","goal","consumer_identity","language_selection"],"properties":{"design_engagement":{"type":"boolean","description":"Toggles the ability to design the engagement button and appearance."},"design_window":{"type":"boolean","description":"Toggles the ability to add an engagement window."},"entry_point":{"description":"Where to display the engagement that invites consumers to engage.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["section","url"]}},"visitor_behavior":{"description":"The browsing behaviour of visitors of interest.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["visited_location","time_on_location","flow","engaged_in_session","about_to_abandon","cart_value","cart_items","visitor_error","viewed_products","service_activity"]}},"target_audience":{"description":"The visitors to target: one value or a list.","type":["string","array"],"if":{"type":"string"},"then":{"enum":["external_referral","search_keywords","ip","platform","geo_location","returning_visitors","marketing_source","customer_type","age","balance","customer_id","gender","store_zip_code","store_number","company_size","registration_date"]},"else":{"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["external_referral","search_keywords","ip","platform","geo_location","returning_visitors","marketing_source","customer_type","age","balance","customer_id","gender","store_zip_code","store_number","company_size","registration_date"]}}},"goal":{"description":"What the engagement should achieve: one value or a list.","type":["string","array"],"if":{"type":"string"},"then":{"enum":["url","purchase_total","num_of_pages","lead","service_activity"]},"else":{"minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["url","purchase_total","num_of_pages","lead","service_activity"]}}},"consumer_identity":{"description":"Whether the consumer has to be authenticated; must be [\\"auth\\"].","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["auth","unauth"]}},"language_selection":{"type":"boolean","description":"Whether language selection is possible."}},"additionalProperties":false}}}');
// EXTERNAL MODULE: ./src/engine/pointer.ts
var engine_pointer = __nccwpck_require__(8227);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(1916);
;// CONCATENATED MODULE: ./src/engine/suggest.ts

/**
 * The known name closest to `name`, for "did you mean" messages; undefined when nothing is close enough
 * to be a plausible typo (more than a third of the longer name would have to change).
 */
function nearestName(name, known) {
    const lower = name.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of known) {
        const d = (0,mod/* distance */.Io)(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    if (best === undefined)
        return undefined;
    const budget = Math.max(2, Math.ceil(Math.max(name.length, best.length) / 3));
    return bestDistance <= budget ? best : undefined;
}

;// CONCATENATED MODULE: ./src/schema/validateManifest.ts




let compiled;
/** Loads ajv and compiles the schema; validateManifest needs it done (the engine awaits it when there are files). */
async function prepareManifestValidator() {
    await loadAjv();
    validator();
}
/** Compiled on first use, not at import, so a run with nothing to check starts fast. */
function validator() {
    compiled ??= trustedAjv().compile(manifest_schema_namespaceObject);
    return compiled;
}
/** Schema violations of one manifest, one problem per fault, each with a message a person understands. */
function validateManifest(value) {
    const validate = validator();
    if (validate(value))
        return [];
    const problems = [];
    const seen = new Set();
    for (const error of validate.errors ?? []) {
        const problem = describe(error);
        if (!problem)
            continue;
        const key = `${problem.pointer}\u0000${problem.keyword}\u0000${problem.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push(problem);
    }
    return problems;
}
/** Values that may be credentials are never quoted back: webhook header values and client_secret. */
function isSecretPlace(pointer) {
    return /\/header_value$/.test(pointer) || pointer === '/client_secret';
}
const LANGUAGE_TAG = /^client_name#/;
function describe(error) {
    const pointer = error.instancePath;
    const keyword = error.keyword;
    const at = (message, extra = {}) => ({ pointer, keyword, message, ...extra });
    const params = error.params;
    switch (keyword) {
        case 'if':
            return undefined; // its then/else errors say what is wrong
        case 'required':
            return at(`missing required property "${String(params.missingProperty)}"`);
        case 'additionalProperties': {
            const name = String(params.additionalProperty);
            const property = (0,engine_pointer/* childPointer */.Y2)(pointer, name);
            if (pointer === '' && LANGUAGE_TAG.test(name)) {
                const tag = name.slice('client_name#'.length);
                return { pointer: property, keyword, target: 'key', message: `"${name}": malformed BCP 47 language tag "${tag}" (e.g. client_name#ja-JP)` };
            }
            const known = Object.keys(error.parentSchema?.properties ?? {}).filter((k) => k !== '$schema');
            const suggestion = nearestName(name, known);
            const hint = suggestion ? `; did you mean "${suggestion}"?` : known.length > 0 ? `; allowed here: ${known.map((k) => `"${k}"`).join(', ')}` : '';
            return { pointer: property, keyword, target: 'key', message: `unknown property "${name}"${hint}` };
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const actual = error.data;
            const suggestion = typeof actual === 'string' ? nearestName(actual, allowed) : undefined;
            const shown = isSecretPlace(pointer) ? 'this value' : quote(actual);
            return at(`${shown} is not allowed; must be one of ${allowed.map((v) => `"${v}"`).join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
        }
        case 'type': {
            const expected = String(params.type).split(',').map(article).join(' or ');
            const actual = typeOf(error.data);
            const shown = isSecretPlace(pointer) || actual === 'an object' || actual === 'an array' || actual === 'null' ? '' : ` (${quote(error.data)})`;
            return at(`must be ${expected}, not ${actual}${shown}`);
        }
        case 'maxLength':
            return at(`is ${lengthOf(error.data)} characters long; the maximum is ${String(params.limit)}`);
        case 'minLength':
            return at(Number(params.limit) === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long`);
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return at(`must be ${String(params.comparison)} ${String(params.limit)}, not ${String(error.data)}`);
        case 'minItems':
            return at(Number(params.limit) === 1 ? 'must not be empty' : `must have at least ${String(params.limit)} items`);
        case 'uniqueItems': {
            const [first, later] = [Number(params.j), Number(params.i)].sort((a, b) => a - b);
            return { pointer: (0,engine_pointer/* childPointer */.Y2)(pointer, later), keyword, message: `repeats item ${first} (${(0,engine_pointer/* childPointer */.Y2)(pointer, first)})` };
        }
        case 'pattern': {
            const pattern = String(params.pattern);
            if (pattern === '^https://')
                return at(`must start with "https://"${isSecretPlace(pointer) ? '' : `, not ${quote(error.data)}`}`);
            return at(`does not match the pattern ${pattern}`);
        }
        default:
            return at(error.message ?? `violates "${keyword}"`);
    }
}
function quote(value) {
    const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
function lengthOf(value) {
    return typeof value === 'string' ? value.length : 0;
}
function article(type) {
    return { integer: 'an integer', object: 'an object', array: 'an array', null: 'null' }[type] ?? `a ${type}`;
}
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'a number' : 'a fractional number';
    return article(typeof value);
}

;// CONCATENATED MODULE: ./src/policy/inlineSuppressions.ts
/** `# lp-app-manifest-check-disable-next-line <rule-id> -- <reason>`, a whole-line YAML comment. */
const DIRECTIVE = /^[ \t]*#[ \t]*lp-app-manifest-check-disable-next-line\b(.*)$/;
const WELL_FORMED = /^[ \t]+([a-z0-9][a-z0-9._/-]*)[ \t]+--[ \t]+(\S.*?)[ \t]*$/;
function findInlineSuppressions(text) {
    const byLine = new Map();
    const problems = [];
    const lines = text.split(/\r?\n/);
    let pending = [];
    lines.forEach((content, index) => {
        const line = index + 1;
        const directive = DIRECTIVE.exec(content);
        if (directive) {
            const parts = WELL_FORMED.exec(directive[1]);
            if (parts) {
                pending.push({ ruleId: parts[1], reason: parts[2], line });
            }
            else {
                problems.push({
                    line,
                    column: content.indexOf('#') + 1,
                    message: 'a suppression needs a rule id and a reason: "# lp-app-manifest-check-disable-next-line <rule-id> -- <reason>"',
                });
            }
            return;
        }
        if (content.trim() === '' || content.trimStart().startsWith('#'))
            return;
        if (pending.length > 0) {
            byLine.set(line, [...(byLine.get(line) ?? []), ...pending.map(({ ruleId, reason }) => ({ ruleId, reason }))]);
            pending = [];
        }
    });
    for (const orphan of pending) {
        problems.push({ line: orphan.line, column: 1, message: `suppression of ${orphan.ruleId} has no line after it to apply to` });
    }
    return { byLine, problems };
}

;// CONCATENATED MODULE: ./src/engine/evaluate.ts


/** A top-level object with a `client_name` (or localized `client_name#…`) key: SPEC §4. */
function isManifestValue(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return false;
    return Object.keys(value).some((key) => key === 'client_name' || key.startsWith('client_name#'));
}
/** Runs the schema and every rule the policy enables over parsed files and turns problems into findings. */
async function evaluate(options) {
    const { policy } = options;
    const reportFile = options.reportFile ?? (() => true);
    const documents = new Map();
    const manifests = [];
    const checked = [];
    const problems = [];
    if (options.files.length > 0)
        await prepareManifestValidator();
    for (const parsed of options.files) {
        const { outcome } = parsed;
        for (const { ruleId, problem } of outcome.problems)
            problems.push({ ruleId, file: parsed.file, problem });
        if (!outcome.ok) {
            checked.push({ file: parsed.file, format: parsed.format });
            continue;
        }
        const { document } = outcome;
        const value = document.value;
        if (!isManifestValue(value) && !parsed.explicit)
            continue;
        documents.set(parsed.file, document);
        checked.push({ file: parsed.file, format: parsed.format });
        for (const problem of validateManifest(value))
            problems.push({ ruleId: 'schema', file: parsed.file, problem });
        if (isManifestValue(value))
            manifests.push({ file: parsed.file, format: parsed.format, value });
    }
    const settingsCache = new Map();
    const settingsFor = (file) => {
        let settings = settingsCache.get(file);
        if (!settings) {
            settings = policy.rulesFor(file);
            settingsCache.set(file, settings);
        }
        return settings;
    };
    const enabled = (ruleId, file) => {
        const setting = settingsFor(file).get(ruleId);
        return setting !== undefined && setting.severity !== 'off';
    };
    const optionsOf = (ruleId) => (file) => settingsFor(file).get(ruleId)?.options ?? {};
    // Looked up once per manifest, not once per manifest and rule.
    const manifestSettings = manifests.map((m) => settingsFor(m.file));
    const skipped = [];
    const allRules = [...options.rules, ...policy.custom];
    for (const rule of allRules) {
        const id = rule.meta.id;
        switch (rule.kind) {
            case 'stage':
                break;
            case 'manifest':
                for (let index = 0; index < manifests.length; index++) {
                    const manifest = manifests[index];
                    const setting = manifestSettings[index].get(id);
                    if (setting === undefined || setting.severity === 'off')
                        continue;
                    let found;
                    try {
                        found = rule.check(manifest, setting.options ?? {});
                    }
                    catch (error) {
                        found = [internalError(id, error)];
                    }
                    for (const problem of found)
                        problems.push({ ruleId: id, file: manifest.file, problem });
                }
                break;
            case 'project': {
                const subjects = manifests.filter((m) => enabled(id, m.file));
                if (subjects.length === 0)
                    break;
                let found;
                try {
                    found = rule.check(subjects, optionsOf(id));
                }
                catch (error) {
                    found = subjects.map((m) => ({ file: m.file, ...internalError(id, error) }));
                }
                for (const { file, ...problem } of found)
                    problems.push({ ruleId: id, file, problem });
                break;
            }
            case 'network': {
                const subjects = manifests.filter((m) => enabled(id, m.file));
                if (subjects.length === 0)
                    break;
                if (!options.network) {
                    skipped.push({ ruleId: id, reason: 'offline' });
                    break;
                }
                let found;
                try {
                    found = await rule.check(subjects, optionsOf(id), options.network);
                }
                catch (error) {
                    found = subjects.map((m) => ({ file: m.file, ...internalError(id, error) }));
                }
                for (const { file, ...problem } of found)
                    problems.push({ ruleId: id, file, problem });
                break;
            }
        }
    }
    const findings = [];
    for (const { ruleId, file, problem } of problems) {
        if (!reportFile(file))
            continue;
        const setting = settingsFor(file).get(ruleId);
        const severity = setting?.severity ?? 'error';
        if (severity === 'off')
            continue;
        const document = documents.get(file);
        const range = problem.range ??
            document?.locate(problem.pointer, problem.target) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
        const finding = {
            ruleId,
            severity,
            message: problem.message,
            file,
            ...range,
            pointer: problem.pointer,
        };
        if (problem.keyword !== undefined)
            finding.keyword = problem.keyword;
        findings.push(finding);
    }
    const known = new Set(allRules.map((r) => r.meta.id));
    const suppressed = applyInlineSuppressions(findings, documents, known, reportFile);
    for (const { file, problem } of suppressed.problems) {
        const severity = settingsFor(file).get('invalid-suppression')?.severity ?? 'error';
        if (severity !== 'off')
            findings.push({ ruleId: 'invalid-suppression', severity, message: problem.message, file, ...problem.range, pointer: '' });
    }
    findings.sort(compareFindings);
    const skippedFiles = options.skippedFiles ?? [];
    return {
        manifests: checked.sort((a, b) => compareText(a.file, b.file)),
        findings,
        skipped: [...skipped, ...skippedFiles.map(({ file, reason }) => ({ ruleId: '', file, reason }))],
    };
}
/**
 * `# lp-app-manifest-check-disable-next-line <rule-id> -- <reason>` in YAML manifests: matching findings on the
 * next line are marked suppressed (counted, never hidden); malformed directives become findings.
 */
function applyInlineSuppressions(findings, documents, known, reportFile) {
    const problems = [];
    for (const [file, document] of documents) {
        if (document.format !== 'yaml' || !document.text.includes('disable-next-line') || !reportFile(file))
            continue;
        const { byLine, problems: malformed } = findInlineSuppressions(document.text);
        for (const { line, column, message } of malformed) {
            problems.push({ file, problem: { pointer: '', message, range: { line, column, endLine: line, endColumn: column + 1 } } });
        }
        for (const [line, suppressions] of byLine) {
            for (const { ruleId } of suppressions) {
                if (!known.has(ruleId)) {
                    problems.push({ file, problem: { pointer: '', message: `suppression names unknown rule "${ruleId}"`, range: { line: line - 1, column: 1, endLine: line - 1, endColumn: 2 } } });
                }
            }
        }
        for (const finding of findings) {
            if (finding.file !== file || finding.suppressed)
                continue;
            const match = byLine.get(finding.line)?.find((s) => s.ruleId === finding.ruleId);
            if (match)
                finding.suppressed = { kind: 'inline', reason: match.reason };
        }
    }
    return { problems };
}
/** A rule that throws must not lose the manifest or crash the run: its failure becomes a finding. */
function internalError(ruleId, error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { pointer: '', message: `internal error in rule ${ruleId}: ${reason}` };
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
    return (compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message));
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/discover/listFiles.ts





const run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
/** Never entered, whatever .gitignore says. */
const NEVER_ENTERED = new Set(['node_modules', '.git']);
function isNeverEntered(file) {
    return file.split('/').some((segment) => NEVER_ENTERED.has(segment));
}
/**
 * Every file of the root as the repository sees it, root-relative with `/`: inside a git work tree the files git
 * knows (tracked, plus untracked ones that are not ignored, so a new manifest is not missed before `git add`);
 * elsewhere a walk that honours every .gitignore on the way down.
 */
async function listFiles(root) {
    const fromGit = await listGitFiles(root);
    const files = fromGit ?? (await walk(root));
    return files.filter((file) => !isNeverEntered(file));
}
async function listGitFiles(root) {
    try {
        // Outside a work tree (or inside .git) git exits non-zero, and the caller walks instead.
        const options = { cwd: root, maxBuffer: 256 * 1024 * 1024 };
        const [listed, deleted] = await Promise.all([
            run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], options),
            run('git', ['ls-files', '-z', '--deleted'], options),
        ]);
        // Tracked files deleted in the work tree are still listed by --cached.
        const gone = new Set(deleted.stdout.split('\0'));
        return [...new Set(listed.stdout.split('\0'))].filter((f) => f !== '' && !gone.has(f));
    }
    catch {
        return undefined;
    }
}
/** As git decides: the deepest .gitignore with a matching pattern wins, so a nested `!pattern` re-includes. */
function isIgnoredBy(levels, file, isDir) {
    for (let i = levels.length - 1; i >= 0; i--) {
        const verdict = levels[i].rules.test(file.slice(levels[i].base.length) + (isDir ? '/' : ''));
        if (verdict.ignored)
            return true;
        if (verdict.unignored)
            return false;
    }
    return false;
}
async function walk(root) {
    const files = [];
    const stack = [{ dir: '', levels: [] }];
    while (stack.length > 0) {
        const { dir, levels: inherited } = stack.pop();
        const absolute = external_node_path_default().join(root, dir);
        let entries;
        try {
            entries = await external_node_fs_namespaceObject.promises.readdir(absolute, { withFileTypes: true });
        }
        catch {
            continue;
        }
        let levels = inherited;
        const gitignore = await external_node_fs_namespaceObject.promises.readFile(external_node_path_default().join(absolute, '.gitignore'), 'utf8').catch(() => undefined);
        if (gitignore !== undefined)
            levels = [...inherited, { base: dir, rules: ignore_default()().add(gitignore) }];
        for (const entry of entries) {
            if (NEVER_ENTERED.has(entry.name))
                continue;
            const file = dir + entry.name;
            const isDir = entry.isDirectory();
            if (isIgnoredBy(levels, file, isDir))
                continue;
            // Symlinked directories are not followed: a walk must end, and nothing outside the root is read.
            if (isDir)
                stack.push({ dir: file + '/', levels });
            else
                files.push(file);
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./src/discover/rootPath.ts

/** Whether `candidate` is `root` or lies below it (both absolute, already resolved). */
function isInside(root, candidate) {
    // The common case, decided by a prefix test; path.relative (which normalises both) only for the rest. Measured:
    // path.relative was ~90 ms of a 10,000-manifest run.
    if (candidate.startsWith(root) && candidate.charAt(root.length) === (external_node_path_default()).sep && !candidate.includes(`${(external_node_path_default()).sep}..`))
        return true;
    const relative = external_node_path_default().relative(root, candidate);
    return relative === '' || (relative !== '..' && !relative.startsWith('..' + (external_node_path_default()).sep) && !external_node_path_default().isAbsolute(relative));
}
/** A root-relative path with `/` separators, as reports show it. */
function toReportPath(root, absolute) {
    return external_node_path_default().relative(root, absolute).split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/discover/findCandidates.ts





const MANIFEST_EXTENSION = /\.(json|ya?ml)$/i;
const GLOB_CHARACTERS = /[*?[\]{}!]/;
/** Files, directories and globs to the sorted list of files to read (SPEC §4). */
async function findCandidates(options) {
    const root = external_node_path_default().resolve(options.root);
    const cwd = external_node_path_default().resolve(options.cwd ?? root);
    const excluded = matcher(options.exclude ?? []);
    const isIgnored = options.isIgnored ?? (() => false);
    const paths = options.paths.length > 0 ? options.paths : [root];
    let listing;
    const repositoryFiles = () => (listing ??= listFiles(root));
    const found = new Map();
    const skipped = new Map();
    const missing = [];
    const offer = (file, explicit) => {
        if (excluded(file) || isIgnored(file)) {
            if (explicit)
                skipped.set(file, excluded(file) ? 'excluded by --exclude' : 'ignored by the policy');
            return;
        }
        const existing = found.get(file);
        if (!existing || explicit)
            found.set(file, { file, explicit: explicit || existing?.explicit === true });
    };
    for (const given of paths) {
        const absolute = external_node_path_default().resolve(cwd, given);
        if (GLOB_CHARACTERS.test(given) && !(await exists(absolute))) {
            const pattern = toReportPath(root, external_node_path_default().resolve(cwd, given));
            if (pattern.startsWith('..')) {
                missing.push(given);
                continue;
            }
            const matches = picomatch_default()(pattern, { dot: true });
            for (const file of await repositoryFiles())
                if (matches(file) && MANIFEST_EXTENSION.test(file))
                    offer(file, false);
            continue;
        }
        if (!isInside(root, absolute)) {
            missing.push(given);
            continue;
        }
        const stat = await external_node_fs_namespaceObject.promises.lstat(absolute).catch(() => undefined);
        if (!stat) {
            missing.push(given);
            continue;
        }
        const relative = toReportPath(root, absolute);
        if (stat.isDirectory()) {
            const prefix = relative === '' ? '' : relative + '/';
            for (const file of await repositoryFiles()) {
                if (file.startsWith(prefix) && MANIFEST_EXTENSION.test(file))
                    offer(file, false);
            }
        }
        else if (isNeverEntered(relative)) {
            skipped.set(relative, 'inside node_modules/ or .git/; not read');
        }
        else {
            offer(relative, true);
        }
    }
    const byFile = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    return {
        candidates: [...found.values()].sort(byFile),
        skipped: [...skipped].filter(([file]) => !found.has(file)).map(([file, reason]) => ({ file, reason })).sort(byFile),
        missing,
    };
}
/** Exclude globs are relative to the root; a glob without `/` matches a file name at any depth, as in .gitignore. */
function matcher(globs) {
    if (globs.length === 0)
        return () => false;
    const withSlash = globs.filter((g) => g.includes('/'));
    const bare = globs.filter((g) => !g.includes('/'));
    const full = withSlash.length > 0 ? picomatch_default()(withSlash.map((g) => g.replace(/^\.\//, '')), { dot: true }) : () => false;
    const base = bare.length > 0 ? picomatch_default()(bare, { dot: true, basename: true }) : () => false;
    return (file) => full(file) || base(file);
}
async function exists(absolute) {
    return external_node_fs_namespaceObject.promises.lstat(absolute).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./src/discover/readCandidate.ts



const MARKER = Buffer.from('client_name');
/** The content sniff of SPEC §4: a searched file is a candidate only if its text mentions `client_name`. */
function looksLikeManifest(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(MARKER);
}
function newRealPaths() {
    return { roots: new Map(), directories: new Map() };
}
/**
 * Reads one file of the root safely: only a regular file whose real path stays inside the root, checked on the
 * opened handle (so a file swapped after the check is still caught), opened non-blocking (a FIFO cannot hang the
 * run), and never more than maxBytes + 1 bytes.
 *
 * The system calls are synchronous on purpose. A manifest is a few kilobytes, so each call takes microseconds, while
 * the promise API pays a thread-pool round trip for each of realpath, open, fstat, read and close: measured on
 * 10,000 manifests, the reads took ~3.3 s of a 12.9 s run through fs.promises and ~0.3 s this way. Non-blocking open
 * and the regular-file check mean no call here can wait on a FIFO or a device. The real path of the directory is
 * resolved once per run (`realPaths`); the file itself is opened with O_NOFOLLOW, and only a file that is a symlink
 * (ELOOP) has its own real path resolved.
 */
async function readCandidate(root, file, maxBytes, realPaths = newRealPaths()) {
    const absolute = external_node_path_default().join(root, file);
    let real;
    try {
        const realRoot = cached(realPaths.roots, root);
        const realDirectory = cached(realPaths.directories, external_node_path_default().dirname(absolute));
        if (!isInside(realRoot, realDirectory))
            return { ok: false, reason: 'symlink points outside the root; not read' };
        real = external_node_path_default().join(realDirectory, external_node_path_default().basename(absolute));
        if (!isInside(realRoot, real))
            return { ok: false, reason: 'symlink points outside the root; not read' };
    }
    catch (error) {
        return { ok: false, reason: readCandidate_describe(error) };
    }
    const flags = external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK | external_node_fs_namespaceObject.constants.O_NOFOLLOW;
    let fd;
    try {
        try {
            fd = (0,external_node_fs_namespaceObject.openSync)(real, flags);
        }
        catch (error) {
            // ELOOP under O_NOFOLLOW: the file is a symlink. Follow it only to a real path inside the root.
            if (error.code !== 'ELOOP')
                throw error;
            real = external_node_fs_namespaceObject.realpathSync.native(absolute);
            if (!isInside(cached(realPaths.roots, root), real))
                return { ok: false, reason: 'symlink points outside the root; not read' };
            fd = (0,external_node_fs_namespaceObject.openSync)(real, flags);
        }
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile())
            return { ok: false, reason: `not a regular file (${kindOf(stat)}); not read` };
        if (stat.size > maxBytes) {
            return { ok: false, tooLarge: true, reason: `file is too large: ${stat.size} bytes (the limit is ${maxBytes})` };
        }
        const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes) {
            return { ok: false, tooLarge: true, reason: `file is too large: more than ${maxBytes} bytes` };
        }
        return { ok: true, bytes: buffer.subarray(0, length) };
    }
    catch (error) {
        return { ok: false, reason: readCandidate_describe(error) };
    }
    finally {
        if (fd !== undefined) {
            try {
                (0,external_node_fs_namespaceObject.closeSync)(fd);
            }
            catch {
                /* nothing more to do with it */
            }
        }
    }
}
function kindOf(stat) {
    if (stat.isDirectory())
        return 'a directory';
    if (stat.isFIFO())
        return 'a FIFO';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device';
    return 'not a file';
}
function readCandidate_describe(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'file vanished before it could be read';
        case 'ELOOP':
            return 'symlink loop; not read';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'not a regular file (a directory); not read';
        case 'EAGAIN':
        case 'ENXIO':
            return 'not a regular file; not read';
        default:
            return `could not be read (${code ?? error?.message ?? 'unknown error'})`;
    }
}
function cached(cache, target) {
    let real = cache.get(target);
    if (real === undefined)
        cache.set(target, (real = external_node_fs_namespaceObject.realpathSync.native(target)));
    return real;
}

;// CONCATENATED MODULE: ./src/discover/sniffLargeFile.ts


const sniffLargeFile_MARKER = Buffer.from('client_name');
/** A manifest names its client near the top; the scan of a huge file stops here so time stays bounded too. */
const SCAN_LIMIT = 16 * 1024 * 1024;
/**
 * Whether a file too large to parse mentions `client_name`, read as a stream so memory stays bounded: a huge
 * manifest must be reported as too large, a huge unrelated JSON file (a lock file) must not be. Opened as
 * readCandidate opens files: non-blocking, not through a final symlink, and only a regular file is read.
 */
async function containsManifestMarker(root, file) {
    let handle;
    try {
        handle = await external_node_fs_namespaceObject.promises.open(external_node_path_default().join(root, file), external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK | external_node_fs_namespaceObject.constants.O_NOFOLLOW);
        if (!(await handle.stat()).isFile())
            return false;
        let carry = Buffer.alloc(0);
        let scanned = 0;
        for await (const chunk of handle.createReadStream({ highWaterMark: 1 << 16, end: SCAN_LIMIT - 1, autoClose: false })) {
            const window = Buffer.concat([carry, chunk]);
            if (window.includes(sniffLargeFile_MARKER))
                return true;
            carry = window.subarray(Math.max(0, window.length - sniffLargeFile_MARKER.length + 1));
            scanned += chunk.length;
            if (scanned >= SCAN_LIMIT)
                break;
        }
    }
    catch {
        return false;
    }
    finally {
        await handle?.close().catch(() => undefined);
    }
    return false;
}

// EXTERNAL MODULE: ./src/parse/formats.ts
var formats = __nccwpck_require__(8899);
;// CONCATENATED MODULE: ./src/engine/check.ts





/** Files read at once: enough to hide disk latency, few enough to bound memory and descriptors. */
const READ_CONCURRENCY = 32;
/** discover → read → parse → evaluate. */
async function check(options) {
    const limits = { ...formats/* defaultParseLimits */.j, ...options.limits };
    const discovery = await findCandidates({
        root: options.root,
        paths: options.paths,
        cwd: options.cwd,
        exclude: options.exclude,
        isIgnored: (file) => options.policy.isIgnored(file),
    });
    if (options.sniffExplicit)
        for (const candidate of discovery.candidates)
            candidate.explicit = false;
    const skippedFiles = [...discovery.skipped];
    const realPaths = newRealPaths();
    const parsed = new Array(discovery.candidates.length);
    // The parsers (yaml, js-yaml, jsonc-parser) load only when there is something to parse: a run with nothing to
    // check starts without them (start-up is measured against a bare `node -e ''` by npm run bench).
    const { parseSource } = discovery.candidates.length > 0 ? await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(849), __nccwpck_require__.e(211)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8211)) : { parseSource: undefined };
    const readOne = async (candidate, index) => {
        const read = await readCandidate(options.root, candidate.file, limits.maxBytes, realPaths);
        const declared = (0,formats/* formatOf */.b)(candidate.file);
        if (!read.ok) {
            if (read.tooLarge && (candidate.explicit || (await containsManifestMarker(options.root, candidate.file)))) {
                parsed[index] = failed(candidate, declared ?? 'json', read.reason);
            }
            else if (!read.tooLarge && candidate.explicit) {
                parsed[index] = failed(candidate, declared ?? 'json', read.reason);
            }
            else if (!read.tooLarge) {
                skippedFiles.push({ file: candidate.file, reason: read.reason });
            }
            return;
        }
        if (!candidate.explicit && !looksLikeManifest(read.bytes))
            return;
        const format = declared ?? guessFormat(read.bytes);
        parsed[index] = {
            file: candidate.file,
            format,
            explicit: candidate.explicit,
            outcome: parseSource(candidate.file, read.bytes, format, limits),
        };
    };
    let next = 0;
    let done = 0;
    const worker = async () => {
        while (next < discovery.candidates.length) {
            const index = next++;
            await readOne(discovery.candidates[index], index);
            options.onProgress?.(++done, discovery.candidates.length);
        }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, discovery.candidates.length) }, worker));
    const files = parsed.filter((p) => p !== undefined);
    const result = await evaluate({
        files,
        rules: options.rules,
        policy: options.policy,
        network: options.network,
        reportFile: options.reportFile,
        skippedFiles: skippedFiles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    });
    return { result, missing: discovery.missing, files };
}
function failed(candidate, format, reason) {
    return {
        file: candidate.file,
        format,
        explicit: candidate.explicit,
        outcome: {
            ok: false,
            problems: [
                {
                    ruleId: 'parse-error',
                    problem: { pointer: '', message: reason, range: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
                },
            ],
        },
    };
}
/** A file named explicitly with an unknown extension: JSON if it opens like JSON, else YAML. */
function guessFormat(bytes) {
    for (const byte of bytes) {
        if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0xef || byte === 0xbb || byte === 0xbf)
            continue;
        return byte === 0x7b || byte === 0x5b ? 'json' : 'yaml';
    }
    return 'yaml';
}

;// CONCATENATED MODULE: ./src/engine/failOn.ts
const RANK = { error: 3, warning: 2, notice: 1 };
/** Whether any unsuppressed finding is at or above the `fail-on` level. */
function exceedsFailOn(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some((f) => !f.suppressed && RANK[f.severity] >= RANK[failOn]);
}

;// CONCATENATED MODULE: ./src/rules/parse-error.ts
const parseError = {
    kind: 'stage',
    meta: {
        id: 'parse-error',
        description: 'The file could not be read as a manifest: not valid JSON or YAML, empty, not UTF-8, too large or too deep.',
        defaultSeverity: 'error',
        help: 'A manifest that does not parse cannot be installed. The finding points at the first fault. Limits: 1 MiB, 64 levels of nesting, 100 YAML alias expansions; a manifest is one UTF-8 JSON or YAML document of plain data.',
    },
};

;// CONCATENATED MODULE: ./src/rules/duplicate-key.ts
const duplicateKey = {
    kind: 'stage',
    meta: {
        id: 'duplicate-key',
        description: 'A key appears twice in one object; parsers silently keep only the last value.',
        defaultSeverity: 'error',
        help: 'JSON.parse and most YAML loaders keep the last of two equal keys without a word (RFC 8259 §4: names SHOULD be unique), so the value a reviewer reads first may not be the one LivePerson installs.',
    },
};

;// CONCATENATED MODULE: ./src/rules/schema.ts
const schema = {
    kind: 'stage',
    meta: {
        id: 'schema',
        description: 'The manifest violates the Conversational Cloud application manifest schema.',
        defaultSeverity: 'error',
        help: "Every property, type, length limit and allowed value of LivePerson's manifest schema (schemas/manifest.schema.json). The finding names the JSON Schema keyword that failed; unknown properties come with the nearest known name.",
    },
};

;// CONCATENATED MODULE: ./src/rules/manifestFields.ts

function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** String items of an array property, with their pointers. */
function stringItems(manifest, property) {
    const list = manifest.value[property];
    if (!Array.isArray(list))
        return [];
    const items = [];
    list.forEach((item, index) => {
        if (typeof item === 'string')
            items.push({ pointer: (0,engine_pointer/* childPointer */.Y2)(`/${property}`, index), value: item });
    });
    return items;
}
/** A string property of the top level. */
function stringField(manifest, property) {
    const value = manifest.value[property];
    return typeof value === 'string' ? { pointer: (0,engine_pointer/* childPointer */.Y2)('', property), value } : undefined;
}
/** `capabilities.webhooks` as a record, when it is one. */
function webhooksOf(manifest) {
    const capabilities = manifest.value.capabilities;
    if (!isRecord(capabilities))
        return undefined;
    return isRecord(capabilities.webhooks) ? capabilities.webhooks : undefined;
}
/** Every well-formed webhook header, under every event key (known or not). */
function webhookHeaders(manifest) {
    const webhooks = webhooksOf(manifest);
    if (!webhooks)
        return [];
    const headers = [];
    for (const [event, webhook] of Object.entries(webhooks)) {
        if (!isRecord(webhook) || !Array.isArray(webhook.headers))
            continue;
        webhook.headers.forEach((header, index) => {
            if (!isRecord(header) || typeof header.header_name !== 'string' || typeof header.header_value !== 'string')
                return;
            headers.push({
                name: header.header_name,
                value: header.header_value,
                valuePointer: (0,engine_pointer/* childPointer */.Y2)((0,engine_pointer/* childPointer */.Y2)((0,engine_pointer/* childPointer */.Y2)(`/capabilities/webhooks`, event), 'headers'), index) + '/header_value',
            });
        });
    }
    return headers;
}
/** Every string value anywhere in the manifest (not keys), depth-first in document order, iteratively. */
function allStrings(manifest) {
    const found = [];
    const stack = [{ pointer: '', value: manifest.value }];
    while (stack.length > 0) {
        const { pointer, value } = stack.pop();
        if (typeof value === 'string') {
            found.push({ pointer, value });
        }
        else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--)
                stack.push({ pointer: (0,engine_pointer/* childPointer */.Y2)(pointer, i), value: value[i] });
        }
        else if (isRecord(value)) {
            const entries = Object.entries(value);
            for (let i = entries.length - 1; i >= 0; i--)
                stack.push({ pointer: (0,engine_pointer/* childPointer */.Y2)(pointer, entries[i][0]), value: entries[i][1] });
        }
    }
    return found;
}
/** The scheme of a URI, lower-cased, decided without `new URL` (placeholders like `{DOMAIN}` make it throw). */
function schemeOf(uri) {
    const match = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri);
    return match ? match[1].toLowerCase() : undefined;
}
const WEBHOOK_EVENTS = [
    'ms.MessagingEventNotification.ContentEvent',
    'ms.MessagingEventNotification.RichContentEvent',
    'ms.MessagingEventNotification.AcceptStatusEvent',
    'ms.MessagingEventNotification.ChatStateEvent',
    'cqm.ExConversationChangeNotification',
];

;// CONCATENATED MODULE: ./src/rules/consumer-identity-auth.ts

const POINTER = '/capabilities/engagement/consumer_identity';
const consumerIdentityAuth = {
    kind: 'manifest',
    meta: {
        id: 'consumer-identity-auth',
        description: 'capabilities.engagement.consumer_identity must be ["auth"].',
        defaultSeverity: 'error',
        help: 'LivePerson\'s manifest schema says of `consumer_identity`: "The value has to be set to auth." An engagement that admits unauthenticated consumers is refused at installation.',
    },
    check(manifest) {
        const capabilities = manifest.value.capabilities;
        if (!isRecord(capabilities) || !isRecord(capabilities.engagement))
            return [];
        const identity = capabilities.engagement.consumer_identity;
        if (!Array.isArray(identity))
            return [];
        const problems = [];
        identity.forEach((item, index) => {
            if (item !== 'auth') {
                problems.push({ pointer: `${POINTER}/${index}`, message: `consumer_identity must be ["auth"]; ${JSON.stringify(item)} is not allowed` });
            }
        });
        if (problems.length === 0 && identity.length === 0) {
            problems.push({ pointer: POINTER, message: 'consumer_identity must be ["auth"], not empty' });
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/redirect-uri-https.ts

/** RFC 8252 §7.3: loopback redirects for native apps use http with an IP literal (or localhost) and any port. */
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|\[::1\]|localhost)(:\d{1,5})?([/?]|$)/i;
const redirectUriHttps = {
    kind: 'manifest',
    meta: {
        id: 'redirect-uri-https',
        description: 'Each redirect URI must use https.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: { allowLoopback: { type: 'boolean', description: 'Admit http://127.0.0.1, http://[::1] and http://localhost (RFC 8252 §7.3).' } },
            additionalProperties: false,
        },
        defaultOptions: { allowLoopback: false },
        help: 'An authorization code sent to a plain-http redirect URI can be read and replayed by anyone on the path (RFC 6749 §3.1.2.1 requires TLS for redirect endpoints that receive codes or tokens; RFC 9700 §4.1). With `allowLoopback`, loopback redirects of native apps are admitted as RFC 8252 §7.3 describes.',
    },
    check(manifest, options) {
        return stringItems(manifest, 'redirect_uris')
            .filter(({ value }) => schemeOf(value) !== 'https')
            .filter(({ value }) => !(options.allowLoopback && LOOPBACK.test(value.trim())))
            .map(({ pointer, value }) => {
            const scheme = schemeOf(value);
            return {
                pointer,
                message: scheme ? `redirect URI uses ${scheme}:, not https:` : 'redirect URI is not an absolute https URI',
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/redirect-uri-fragment.ts

const redirectUriFragment = {
    kind: 'manifest',
    meta: {
        id: 'redirect-uri-fragment',
        description: 'A redirect URI must not contain a fragment (#).',
        defaultSeverity: 'error',
        help: 'RFC 6749 §3.1.2: "The endpoint URI MUST NOT include a fragment component."',
    },
    check(manifest) {
        return stringItems(manifest, 'redirect_uris')
            .filter(({ value }) => value.includes('#'))
            .map(({ pointer }) => ({ pointer, message: 'redirect URI contains a fragment ("#"); RFC 6749 §3.1.2 forbids it' }));
    },
};

;// CONCATENATED MODULE: ./src/rules/redirect-uri-wildcard.ts

const redirectUriWildcard = {
    kind: 'manifest',
    meta: {
        id: 'redirect-uri-wildcard',
        description: 'A redirect URI must not contain a wildcard (*).',
        defaultSeverity: 'error',
        help: 'RFC 9700 §4.1.3: authorization servers must compare redirect URIs by exact string matching; a pattern lets an attacker-chosen URI receive authorization codes (§4.1.1).',
    },
    check(manifest) {
        return stringItems(manifest, 'redirect_uris')
            .filter(({ value }) => value.includes('*'))
            .map(({ pointer }) => ({ pointer, message: 'redirect URI contains a wildcard ("*"); redirect URIs are matched exactly (RFC 9700 §4.1.3)' }));
    },
};

;// CONCATENATED MODULE: ./src/rules/uri-https.ts

const uriHttps = {
    kind: 'manifest',
    meta: {
        id: 'uri-https',
        description: 'logo_uri and entry_uri must use https.',
        defaultSeverity: 'error',
        help: 'The entry URI starts the SSO flow and the logo is shown inside the https Conversational Cloud console: over plain http the first can be hijacked and the second is blocked as mixed content.',
    },
    check(manifest) {
        const problems = [];
        for (const property of ['logo_uri', 'entry_uri']) {
            const field = stringField(manifest, property);
            if (!field)
                continue;
            const scheme = schemeOf(field.value);
            if (scheme === 'https')
                continue;
            problems.push({
                pointer: field.pointer,
                message: scheme ? `${property} uses ${scheme}:, not https:` : `${property} is not an absolute https URI`,
            });
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/unresolved-placeholder.ts

/**
 * Template placeholders left in a value: `{YOUR_APPLICATION_DOMAIN}` (LivePerson's own examples), `{{ name }}`
 * (Mustache, Jinja), `${NAME}` / `${{ secrets.X }}` (shell, GitHub expressions), `<YOUR_DOMAIN>`.
 */
const PLACEHOLDER = /\$\{\{[^{}]*\}\}|\$\{[^{}\s]+\}|\{\{[^{}]+\}\}|\{\s*[A-Za-z_][\w.-]*\s*\}|<[A-Z][A-Z0-9_-]*>/g;
const unresolvedPlaceholder = {
    kind: 'manifest',
    meta: {
        id: 'unresolved-placeholder',
        description: 'A value still holds a template placeholder such as {YOUR_APPLICATION_DOMAIN}.',
        defaultSeverity: 'error',
        help: "LivePerson's example manifests hold placeholders like `{YOUR_APPLICATION_DOMAIN}` and `{CALLBACK_PATH}` to be replaced before installation. A manifest installed with one keeps it: redirects and launches go nowhere.",
    },
    check(manifest) {
        return allStrings(manifest).flatMap(({ pointer, value }) => {
            const found = [...new Set(value.match(PLACEHOLDER) ?? [])];
            if (found.length === 0)
                return [];
            // A header value can be a credential: not even its placeholder is quoted.
            if (pointer.endsWith('/header_value')) {
                return [{ pointer, message: 'webhook header value holds an unresolved template placeholder' }];
            }
            const names = found.map((p) => `"${p}"`).join(', ');
            return [{ pointer, message: `unresolved template placeholder${found.length > 1 ? 's' : ''} ${names}` }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/no-implicit-grant.ts

const IMPLICIT = new Set(['token', 'id_token token']);
const noImplicitGrant = {
    kind: 'manifest',
    meta: {
        id: 'no-implicit-grant',
        description: 'response_types should not include token or "id_token token" (the implicit grant).',
        defaultSeverity: 'warning',
        help: 'RFC 9700 §2.1.2: clients SHOULD NOT use the implicit grant (response type `token`) or other response types that issue access tokens in the authorization response; use `code` with PKCE.',
    },
    check(manifest) {
        return stringItems(manifest, 'response_types')
            .filter(({ value }) => IMPLICIT.has(value))
            .map(({ pointer, value }) => ({
            pointer,
            message: `response type "${value}" issues an access token in the redirect (implicit grant); use "code" (RFC 9700 §2.1.2)`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/rules/grant-consistency.ts

const grantConsistency = {
    kind: 'manifest',
    meta: {
        id: 'grant-consistency',
        description: 'grant_types agree with redirect_uris and response_types.',
        defaultSeverity: 'error',
        help: 'RFC 7591 §2.1: grant_types and response_types must be consistent. The authorization_code grant needs a redirect URI to send the code to (RFC 6749 §3.1.2) and the response type `code` (§4.1.1); a refresh token is only issued with an authorization grant, not with client_credentials (§4.4.3).',
    },
    check(manifest) {
        if (!Array.isArray(manifest.value.grant_types))
            return [];
        const grants = new Set(stringItems(manifest, 'grant_types').map((i) => i.value));
        const responses = new Set(stringItems(manifest, 'response_types').map((i) => i.value));
        const redirects = stringItems(manifest, 'redirect_uris');
        const problems = [];
        const pointer = '/grant_types';
        if (grants.has('authorization_code')) {
            if (redirects.length === 0)
                problems.push({ pointer, message: 'grant type "authorization_code" needs at least one redirect URI in redirect_uris' });
            if (!responses.has('code'))
                problems.push({ pointer, message: 'grant type "authorization_code" needs response type "code" in response_types' });
        }
        if (grants.has('refresh_token') && !grants.has('authorization_code')) {
            problems.push({ pointer, message: 'grant type "refresh_token" needs grant type "authorization_code" (no refresh token is issued without it)' });
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/quick-launch-entry-uri.ts
const quickLaunchEntryUri = {
    kind: 'manifest',
    meta: {
        id: 'quick-launch-entry-uri',
        description: 'quick_launch_enabled: true needs an entry_uri.',
        defaultSeverity: 'error',
        help: 'The quick-launch menu launches the application at `entry_uri` ("The application launch URI (Start the SSO flow)"); without one the menu entry leads nowhere.',
    },
    check(manifest) {
        const { quick_launch_enabled: quickLaunch, entry_uri: entryUri } = manifest.value;
        if (quickLaunch !== true)
            return [];
        if (typeof entryUri === 'string' && entryUri.trim() !== '')
            return [];
        return [{ pointer: '/quick_launch_enabled', message: 'quick_launch_enabled is true but there is no entry_uri to launch' }];
    },
};

;// CONCATENATED MODULE: ./src/rules/webhook-event-name.ts



const KNOWN = new Set(WEBHOOK_EVENTS);
/** The event's own name is its last dotted segment; typos in the prefix are matched on it first. */
function suggestEvent(name) {
    const last = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    const bySegment = WEBHOOK_EVENTS.find((event) => event.slice(event.lastIndexOf('.') + 1).toLowerCase() === last);
    return bySegment ?? nearestName(name, WEBHOOK_EVENTS);
}
const webhookEventName = {
    kind: 'manifest',
    meta: {
        id: 'webhook-event-name',
        description: 'Each key under capabilities.webhooks is a known event name.',
        defaultSeverity: 'error',
        help: "UMS sends notifications only for the events it knows: `ms.MessagingEventNotification.ContentEvent`, `.RichContentEvent`, `.AcceptStatusEvent`, `.ChatStateEvent` and `cqm.ExConversationChangeNotification` (the name LivePerson's official example uses; the schema table's `ms.MessagingEventNotification.ExConversationChangeNotification` is not it). A webhook under any other key never fires.",
    },
    check(manifest) {
        const webhooks = webhooksOf(manifest);
        if (!webhooks)
            return [];
        return Object.keys(webhooks)
            .filter((name) => !KNOWN.has(name))
            .map((name) => {
            const suggestion = suggestEvent(name);
            return {
                pointer: (0,engine_pointer/* childPointer */.Y2)('/capabilities/webhooks', name),
                target: 'key',
                message: `unknown webhook event "${name}"${suggestion ? `; did you mean "${suggestion}"?` : `; known events: ${WEBHOOK_EVENTS.join(', ')}`}`,
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/webhook-header-secret.ts

const CREDENTIAL_NAME = /^(proxy-)?authorization$|^cookie$|api[-_]?key|access[-_]?key|token|secret|passw(or)?d|credential|signature|^x-auth/i;
const AUTH_SCHEME = /^(bearer|basic|token|digest|apikey)\s+\S/i;
const KNOWN_PREFIX = /^(gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-|sk_(live|test)_|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_-]{8,}\.)/;
/** A reference to a secret kept elsewhere (CI secret, template variable) is not itself a secret. */
const REFERENCE = /^\s*(\$\{\{?[^}]*\}?\}|\{\{[^}]*\}\})\s*$/;
/** Shannon entropy in bits per character. */
function entropy(text) {
    const counts = new Map();
    for (const c of text)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / text.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/**
 * A random-looking token: long, no spaces, several character classes and high entropy. Measured on samples:
 * hex/base64 API keys of 20+ characters score above 3.7 bits, words and media types ("application/json") below.
 */
function looksRandom(value) {
    if (value.length < 20 || /\s/.test(value))
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((r) => r.test(value)).length;
    if (classes < 2)
        return false;
    return entropy(value) >= 3.7;
}
function reasonFor(name, value) {
    if (value.trim() === '' || REFERENCE.test(value))
        return undefined;
    if (AUTH_SCHEME.test(value))
        return 'an HTTP authentication scheme';
    if (CREDENTIAL_NAME.test(name))
        return 'a credential header name';
    if (KNOWN_PREFIX.test(value))
        return 'a known token format';
    if (looksRandom(value))
        return 'a long random-looking token';
    return undefined;
}
const webhookHeaderSecret = {
    kind: 'manifest',
    meta: {
        id: 'webhook-header-secret',
        description: 'A webhook header value looks like a credential committed to the repository.',
        defaultSeverity: 'warning',
        help: 'Webhook headers are often used to authenticate UMS to your endpoint. A credential committed in a manifest is readable by everyone with access to the repository and its history, and lives on after rotation elsewhere. Keep the value out of the file (inject it at installation) and rotate it. The value is never printed by this tool.',
    },
    check(manifest) {
        return webhookHeaders(manifest).flatMap(({ name, value, valuePointer }) => {
            const reason = reasonFor(name, value);
            if (!reason)
                return [];
            return [{
                    pointer: valuePointer,
                    message: `webhook header "${name.slice(0, 80)}" has a value that looks like a credential (${reason}); keep secrets out of the repository (the value is not shown)`,
                }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/scope-supported.ts

const scopeSupported = {
    kind: 'manifest',
    meta: {
        id: 'scope-supported',
        description: 'Each space-separated scope token is in the allowed list.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: {
                allowed: {
                    type: 'array',
                    items: { type: 'string', pattern: '^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$' },
                    uniqueItems: true,
                    description: 'Scope tokens the policy allows (RFC 6749 §3.3 scope-token syntax).',
                },
            },
            additionalProperties: false,
        },
        defaultOptions: { allowed: ['msg.consumer'] },
        help: "LivePerson's manifest schema lists `msg.consumer` as the supported scope. LivePerson also issues scopes such as `faas.lambda.invoke` and `ihub.tpb.customendpoint`; a policy that needs them lists them in the option `allowed`. `scope` is a space-separated list (RFC 6749 §3.3).",
    },
    check(manifest, options) {
        const scope = manifest.value.scope;
        if (typeof scope !== 'string')
            return [];
        const allowed = options.allowed ?? [];
        if (scope.trim() === '')
            return [{ pointer: '/scope', message: 'scope is empty; leave it out or name at least one scope' }];
        const tokens = [...new Set(scope.split(' ').filter((t) => t !== ''))];
        const problems = tokens
            .filter((token) => !allowed.includes(token))
            .map((token) => {
            const suggestion = nearestName(token, allowed);
            const hint = suggestion ? `; did you mean "${suggestion}"?` : `; allowed: ${allowed.map((a) => `"${a}"`).join(', ') || 'none'}`;
            return { pointer: '/scope', message: `scope "${token}" is not allowed by the policy${hint}` };
        });
        if (/^ | $|  |[\t\n\r]/.test(scope)) {
            problems.push({ pointer: '/scope', message: 'scope tokens must be separated by single spaces (RFC 6749 §3.3)' });
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/client-secret-committed.ts
const clientSecretCommitted = {
    kind: 'manifest',
    meta: {
        id: 'client-secret-committed',
        description: 'A client_secret is committed in the manifest.',
        defaultSeverity: 'error',
        help: "LivePerson issues the client_secret when it installs the application; it authenticates the client (RFC 6749 §2.3.1) and must stay confidential (§10.1). A committed secret is exposed to everyone with access to the repository and its history: remove it and ask LivePerson to rotate it. The value is never printed by this tool.",
    },
    check(manifest) {
        if (!Object.prototype.hasOwnProperty.call(manifest.value, 'client_secret'))
            return [];
        return [{ pointer: '/client_secret', target: 'key', message: 'client_secret must not be committed; remove it and have it rotated (the value is not shown)' }];
    },
};

;// CONCATENATED MODULE: ./src/rules/client-name-format.ts
/** Reverse-DNS: a lowercase top-level label, then at least one more label (`com.example`, `com.liveperson.MyApp`). */
const REVERSE_DNS = /^[a-z][a-z0-9-]*(\.[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?)+$/;
const clientNameFormat = {
    kind: 'manifest',
    meta: {
        id: 'client-name-format',
        description: 'client_name is in reverse-DNS form (com.example.app).',
        defaultSeverity: 'warning',
        help: 'LivePerson asks for a unique name "e.g. com.liveperson.applicationName". A reverse-DNS name under a domain you own cannot collide with another vendor\'s application.',
    },
    check(manifest) {
        const name = manifest.value.client_name;
        if (typeof name !== 'string' || name === '' || REVERSE_DNS.test(name))
            return [];
        return [{ pointer: '/client_name', message: `client_name "${name.slice(0, 80)}" is not in reverse-DNS form (e.g. com.example.app)` }];
    },
};

;// CONCATENATED MODULE: ./src/rules/client-name-unique.ts
const clientNameUnique = {
    kind: 'project',
    meta: {
        id: 'client-name-unique',
        description: 'No two manifests of the repository share a client_name.',
        defaultSeverity: 'error',
        help: 'LivePerson requires "the unique name" of an application as its client_name; two manifests with one name install over each other.',
    },
    check(manifests) {
        const first = new Map();
        const problems = [];
        const ordered = [...manifests].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
        for (const manifest of ordered) {
            const name = manifest.value.client_name;
            if (typeof name !== 'string')
                continue;
            const earlier = first.get(name);
            if (earlier === undefined) {
                first.set(name, manifest.file);
            }
            else {
                problems.push({ file: manifest.file, pointer: '/client_name', message: `client_name "${name.slice(0, 80)}" is already used by ${earlier}` });
            }
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/server-assigned-field.ts
const ASSIGNED = ['id', 'client_id', 'client_id_issued_at', 'client_secret_expires_at', 'deleted'];
const serverAssignedField = {
    kind: 'manifest',
    meta: {
        id: 'server-assigned-field',
        description: 'The manifest holds a field LivePerson assigns at installation (id, client_id, …).',
        defaultSeverity: 'notice',
        help: 'LivePerson assigns `id`, `client_id`, `client_id_issued_at`, `client_secret_expires_at` and `deleted` when it installs an application (RFC 7591 §3.2.1). They are accepted, for manifests exported from an installed application, but what you send is not what is used.',
    },
    check(manifest) {
        return ASSIGNED.filter((field) => Object.prototype.hasOwnProperty.call(manifest.value, field)).map((field) => ({
            pointer: `/${field}`,
            target: 'key',
            message: `"${field}" is assigned by LivePerson at installation; the value here is ignored`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/rules/logoProbes.ts
/** Every manifest with a string logo_uri and what the network said of it; the services fetch each URL once. */
async function probeLogos(manifests, network) {
    const withLogo = manifests.filter((m) => typeof m.value.logo_uri === 'string' && m.value.logo_uri.trim() !== '');
    return Promise.all(withLogo.map(async (manifest) => ({ manifest, probe: await network.probeImage(manifest.value.logo_uri.trim()) })));
}

;// CONCATENATED MODULE: ./src/rules/logo-dimensions.ts

/** SVG lengths count as pixels only when unitless or in px; probe-image-size reports other units in wUnits/hUnits. */
function pixelUnits(units) {
    return units === undefined || units === '' || units === 'px';
}
const logoDimensions = {
    kind: 'network',
    meta: {
        id: 'logo-dimensions',
        description: 'The image at logo_uri is exactly 70×70 pixels.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: {
                width: { type: 'integer', minimum: 1, description: 'Required width in pixels.' },
                height: { type: 'integer', minimum: 1, description: 'Required height in pixels.' },
            },
            additionalProperties: false,
        },
        defaultOptions: { width: 70, height: 70 },
        help: 'LivePerson\'s manifest schema: "logo size is must be exactly 70x70 pixels". The image is fetched (https only, no private addresses, at most 1 MiB read) and its size read from its header. An SVG passes only with width and height of 70 in px (or unitless), or with neither and a viewBox of 70×70.',
    },
    async check(manifests, options, network) {
        const problems = [];
        for (const { manifest, probe } of await probeLogos(manifests, network)) {
            if (!probe.ok)
                continue;
            const { width, height } = options(manifest.file);
            const units = pixelUnits(probe.wUnits) && pixelUnits(probe.hUnits);
            if (units && probe.width === width && probe.height === height)
                continue;
            const size = units
                ? `${probe.width}×${probe.height} px`
                : `${probe.width}${probe.wUnits ?? ''}×${probe.height}${probe.hUnits ?? ''} (not pixels)`;
            problems.push({
                file: manifest.file,
                pointer: '/logo_uri',
                message: `logo is ${size} (${probe.type}); it must be ${width}×${height} px`,
            });
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/logo-fetch.ts

const logoFetch = {
    kind: 'network',
    meta: {
        id: 'logo-fetch',
        description: 'The logo at logo_uri can be fetched and decoded as an image.',
        defaultSeverity: 'warning',
        help: 'A logo LivePerson cannot fetch is not shown. The finding says what went wrong: the HTTP status, a timeout, a response that is not an image, a refused private address or too many redirects. Response bodies are never shown.',
    },
    async check(manifests, _options, network) {
        const problems = [];
        for (const { manifest, probe } of await probeLogos(manifests, network)) {
            if (probe.ok)
                continue;
            problems.push({ file: manifest.file, pointer: '/logo_uri', message: `logo could not be checked: ${probe.reason}` });
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/invalid-suppression.ts
const invalidSuppression = {
    kind: 'stage',
    meta: {
        id: 'invalid-suppression',
        description: 'An inline suppression comment is malformed, names an unknown rule, or gives no reason.',
        defaultSeverity: 'error',
        help: 'A finding can be suppressed in a YAML manifest with a whole-line comment `# lp-app-manifest-check-disable-next-line <rule-id> -- <reason>` just above it. The reason is required so that a reviewer can judge it; a suppression without one suppresses nothing and is reported here.',
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts






















/** The built-in rules, in the order of SPEC §3. Adding a rule is adding a file and a line here. */
const builtinRules = [
    parseError,
    duplicateKey,
    schema,
    consumerIdentityAuth,
    redirectUriHttps,
    redirectUriFragment,
    redirectUriWildcard,
    uriHttps,
    unresolvedPlaceholder,
    noImplicitGrant,
    grantConsistency,
    quickLaunchEntryUri,
    webhookEventName,
    webhookHeaderSecret,
    scopeSupported,
    clientSecretCommitted,
    clientNameFormat,
    clientNameUnique,
    serverAssignedField,
    logoDimensions,
    logoFetch,
    invalidSuppression,
];
const byId = new Map(builtinRules.map((rule) => [rule.meta.id, rule]));
function ruleById(id) {
    return byId.get(id);
}

;// CONCATENATED MODULE: ./schemas/policy.schema.json
const policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/lp-app-manifest-check/lp-app-manifest-check/v1/schemas/policy.schema.json","title":"lp-app-manifest-check policy","description":"Which rules apply to LivePerson Conversational Cloud application manifests, how severe they are, and with which options.","type":"object","properties":{"$schema":{"type":"string"},"extends":{"description":"Built-in policy names (recommended, strict) or paths relative to this file; later entries override earlier ones and this file overrides them all.","oneOf":[{"$ref":"#/definitions/extendsEntry"},{"type":"array","items":{"$ref":"#/definitions/extendsEntry"}}]},"rules":{"$ref":"#/definitions/rules"},"custom":{"type":"array","description":"Declarative rules: a JSON Schema asserted at a JSON pointer.","items":{"$ref":"#/definitions/customRule"}},"overrides":{"type":"array","description":"Rule settings for some files only; later entries win.","items":{"type":"object","required":["files","rules"],"additionalProperties":false,"properties":{"files":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs relative to the repository root."},"rules":{"$ref":"#/definitions/rules"}}}},"ignore":{"type":"array","description":"Globs (relative to the repository root) of files never checked.","items":{"type":"string","minLength":1}},"baseline":{"type":"string","minLength":1,"description":"Baseline file (relative to this policy file): findings recorded in it are reported as suppressed."}},"additionalProperties":false,"definitions":{"extendsEntry":{"type":"string","minLength":1},"severity":{"type":"string","enum":["error","warning","notice","off"]},"rules":{"type":"object","description":"Rule id to a severity, or to an object with an optional severity and the rule\'s options.","additionalProperties":{"oneOf":[{"$ref":"#/definitions/severity"},{"type":"object","properties":{"severity":{"$ref":"#/definitions/severity"}}}]}},"customRule":{"type":"object","required":["id","message","given","schema"],"additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._/-]*$","description":"Namespaced id, e.g. acme/display-name-prefix."},"severity":{"type":"string","enum":["error","warning","notice","off"]},"message":{"type":"string","minLength":1},"description":{"type":"string"},"given":{"type":"string","pattern":"^(/.*)?$","description":"RFC 6901 JSON pointer; a * segment matches every key or index."},"schema":{"type":["object","boolean"],"description":"JSON Schema (draft-07) the value at `given` must satisfy."}}}}}');
// EXTERNAL MODULE: ./src/policy/policyError.ts
var policyError = __nccwpck_require__(1290);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/policy/builtinPolicies.ts



const BUILTIN_POLICIES = ['recommended', 'strict'];
let directory;
/**
 * The built-in policies ship as readable YAML files in `policies/` at the package root. The code finds them by
 * walking up from its own file, which works alike from src/ under Jest, from dist/index.js in an Action checkout
 * and from dist/cli/index.js in an npm install (package.json `files` ships policies/).
 */
function policiesDirectory() {
    if (directory)
        return directory;
    let current = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = external_node_path_default().join(current, 'policies');
        if ((0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(candidate, 'recommended.yml')))
            return (directory = candidate);
        const parent = external_node_path_default().dirname(current);
        if (parent === current)
            throw new Error('the built-in policies (policies/recommended.yml) are missing from the installation');
        current = parent;
    }
}
function isBuiltinPolicy(name) {
    return BUILTIN_POLICIES.includes(name);
}
function builtinPolicyText(name) {
    return (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().join(policiesDirectory(), `${name}.yml`), 'utf8');
}

;// CONCATENATED MODULE: ./src/policy/customRule.ts


/** Custom schemas are compiled once each, by one Ajv instance shared by every custom rule of the run. */
let ajv;
/** Compiles a schema, or returns ajv's reason it is not a valid schema. */
async function compileCustomSchema(schema) {
    ajv ??= new (await loadAjv())({ allErrors: false, strict: true, allowUnionTypes: true });
    try {
        return ajv.compile(schema);
    }
    catch (error) {
        return error.message;
    }
}
/** Every value a `given` pointer reaches; a `*` segment matches every key of an object or index of an array. */
function* valuesAt(value, given) {
    const segments = (0,engine_pointer/* parsePointer */.vp)(given);
    const stack = [{ pointer: '', value, depth: 0 }];
    while (stack.length > 0) {
        const current = stack.pop();
        if (current.depth === segments.length) {
            yield current;
            continue;
        }
        const segment = segments[current.depth];
        const node = current.value;
        if (node === null || typeof node !== 'object')
            continue;
        const children = Array.isArray(node)
            ? node.map((item, index) => [String(index), item])
            : Object.entries(node);
        const matched = segment === '*' ? children : children.filter(([key]) => key === segment);
        for (let i = matched.length - 1; i >= 0; i--) {
            stack.push({ pointer: (0,engine_pointer/* childPointer */.Y2)(current.pointer, matched[i][0]), value: matched[i][1], depth: current.depth + 1 });
        }
    }
}
function toCustomRule(definition, validate) {
    return {
        kind: 'manifest',
        meta: {
            id: definition.id,
            description: definition.description ?? definition.message,
            defaultSeverity: definition.severity === 'off' || definition.severity === undefined ? 'error' : definition.severity,
        },
        check(manifest) {
            const problems = [];
            for (const { pointer, value } of valuesAt(manifest.value, definition.given)) {
                if (!validate(value))
                    problems.push({ pointer, message: definition.message });
            }
            return problems;
        },
    };
}

;// CONCATENATED MODULE: ./src/policy/remotePolicy.ts

const NAME = /^[A-Za-z0-9_.-]+$/;
function isRemoteReference(reference) {
    return reference.startsWith('github:');
}
/** Parses a reference, or returns what is wrong with it. */
function parseRemoteReference(reference) {
    const body = reference.slice('github:'.length);
    const at = body.lastIndexOf('@');
    if (at < 0 || at === body.length - 1)
        return `"${reference}" must be pinned to a tag, branch or commit: github:OWNER/REPO/PATH@REF`;
    const ref = body.slice(at + 1);
    const [owner, repo, ...rest] = body.slice(0, at).split('/');
    const file = rest.join('/');
    if (!owner || !repo || !NAME.test(owner) || !NAME.test(repo) || rest.length === 0 || rest.some((s) => s === '' || s === '.' || s === '..')) {
        return `"${reference}" is not of the form github:OWNER/REPO/PATH@REF`;
    }
    if (!/\.ya?ml$/i.test(file))
        return `"${reference}" must name a .yml or .yaml file`;
    if (/[\s~^:?*[\\]/.test(ref) || ref.includes('..'))
        return `"${reference}" has an invalid ref "${ref}"`;
    return { owner, repo, path: file, ref };
}
function formatRemoteReference(reference) {
    return `github:${reference.owner}/${reference.repo}/${reference.path}@${reference.ref}`;
}
/** A relative `extends` inside a remote policy names a file of the same repository at the same ref. */
function resolveRemoteRelative(base, relative) {
    const joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(base.path), relative));
    if (joined.startsWith('../') || joined === '..' || external_node_path_default().posix.isAbsolute(relative))
        return undefined;
    return { ...base, path: joined };
}

;// CONCATENATED MODULE: ./src/policy/loadPolicy.ts












/** The default policy file, looked for under the root when no --policy is given. */
const DEFAULT_POLICY_FILE = '.github/lp-app-policy.yml';
const SEVERITIES = ['error', 'warning', 'notice', 'off'];
let policyValidator;
/** Each rule's options schema, compiled once per process. */
const optionValidators = new WeakMap();
const RULE_ENTRY = /^\/(overrides\/\d+\/)?rules\/[^/]+/;
/**
 * What `--policy` / the `policy` input names: a `github:` reference or a built-in name as they are, else a path
 * resolved against `cwd`. A built-in name is always the built-in, never a file of that name: in a pull request the
 * working tree is the pull request's, and a file named `strict` must not replace the built-in strict policy (write
 * `./strict` for such a file).
 */
function policyReference(value, cwd) {
    if (isRemoteReference(value) || isBuiltinPolicy(value))
        return value;
    return external_node_path_default().resolve(cwd, value);
}
/**
 * Loads `--policy FILE` (or a built-in name, or a `github:` reference), else `.github/lp-app-policy.yml` under the
 * root, else the built-in `recommended`.
 */
async function loadPolicy(options) {
    const root = external_node_path_default().resolve(options.root);
    const remoteText = new Map();
    let entry;
    if (options.policyPath !== undefined) {
        entry = isRemoteReference(options.policyPath) || isBuiltinPolicy(options.policyPath) ? options.policyPath : external_node_path_default().resolve(root, options.policyPath);
    }
    else if (options.lookForDefaultFile !== false && (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(root, DEFAULT_POLICY_FILE))) {
        entry = external_node_path_default().join(root, DEFAULT_POLICY_FILE);
    }
    else {
        // The built-in recommended policy is every rule at its catalog default (a test holds policies/recommended.yml
        // to exactly that), so a repository without a policy file needs no YAML read and no schema compiled.
        return defaultPolicy(options.rules);
    }
    // Files a policy names (extends, baseline) stay inside the repository, or beside a policy file named explicitly
    // from outside it: a policy in a pull request must not read the runner's files.
    const allowedDirectories = [root];
    if (!isBuiltinPolicy(entry) && !isRemoteReference(entry) && !isInside(root, entry))
        allowedDirectories.push(external_node_path_default().dirname(entry));
    const allowed = (file) => allowedDirectories.some((directory) => isInside(directory, file));
    const readText = options.readText ??
        (async (file) => {
            // A policy named explicitly from outside the repository is the user's own choice; everything else is checked.
            if (file !== entry || isInside(root, entry)) {
                const real = await external_node_fs_namespaceObject.promises.realpath(file);
                const realAllowed = await Promise.all(allowedDirectories.map((d) => external_node_fs_namespaceObject.promises.realpath(d).catch(() => d)));
                if (!realAllowed.some((directory) => isInside(directory, real)))
                    throw new Error('outside the repository');
            }
            return external_node_fs_namespaceObject.promises.readFile(file, 'utf8');
        });
    const display = (file) => (isBuiltinPolicy(file) ? `built-in ${file}` : isRemoteReference(file) ? file : relativeName(root, file));
    const layers = [];
    const visit = async (reference, chain, from) => {
        const key = isBuiltinPolicy(reference) ? `builtin:${reference}` : reference;
        if (chain.includes(key)) {
            const names = [...chain.slice(chain.indexOf(key)), key].map((k) => display(k.replace(/^builtin:/, '')));
            throw new policyError/* PolicyError */.p(`${from ?? display(reference)}: extends cycle: ${names.join(' → ')}`);
        }
        let text;
        let remote;
        if (isBuiltinPolicy(reference)) {
            text = builtinPolicyText(reference);
        }
        else if (isRemoteReference(reference)) {
            const parsed = parseRemoteReference(reference);
            if (typeof parsed === 'string')
                throw new policyError/* PolicyError */.p(`${from ?? 'policy'}: ${parsed}`);
            remote = parsed;
            if (!options.readRemote) {
                throw new policyError/* PolicyError */.p(`${from ? `${from}: ` : ''}${reference} cannot be read without a GitHub token (set GITHUB_TOKEN, or the Action's token input)`);
            }
            const readRemote = options.readRemote;
            // Cached for the run: a policy extended twice (a diamond) is fetched once.
            let pending = remoteText.get(reference);
            if (!pending)
                remoteText.set(reference, (pending = readRemote(parsed)));
            try {
                text = await pending;
            }
            catch (error) {
                const reason = error instanceof Error ? error.message : String(error);
                throw new policyError/* PolicyError */.p(`${from ? `${from}: ` : ''}${reference} could not be read: ${reason}`);
            }
        }
        else {
            try {
                text = await readText(reference);
            }
            catch {
                throw new policyError/* PolicyError */.p(`${from ? `${from}: ` : ''}policy file ${display(reference)} not found or not readable`);
            }
        }
        // yaml is loaded only when a policy file is read (a run under the implicit recommended policy never does).
        const { readPolicyDocument } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(399)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5399));
        const document = readPolicyDocument(display(reference), text);
        const data = validateShape(document);
        const directory = isBuiltinPolicy(reference) || remote ? undefined : external_node_path_default().dirname(reference);
        if (remote && data.baseline !== undefined) {
            throw new policyError/* PolicyError */.p(`${document.where(['baseline'])}: a github: policy cannot name a baseline; a baseline belongs to the repository it records`);
        }
        const parents = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
        for (const [index, parent] of parents.entries()) {
            const where = document.where(Array.isArray(data.extends) ? ['extends', index] : ['extends']);
            const resolved = resolveExtends(parent, { directory, remote }, where);
            if (!isBuiltinPolicy(resolved) && !isRemoteReference(resolved) && !allowed(resolved)) {
                throw new policyError/* PolicyError */.p(`${where}: "${parent}" is outside the repository; a policy may extend only files inside it, built-ins or github: references`);
            }
            await visit(resolved, [...chain, key], where);
        }
        layers.push({ document, data, directory, remote });
    };
    await loadAjv();
    await visit(entry, [], undefined);
    const customValidators = new Map();
    for (const layer of layers) {
        for (const definition of layer.data.custom ?? [])
            customValidators.set(definition, await compileCustomSchema(definition.schema));
    }
    const composed = compose(layers, options.rules, root, customValidators);
    if (composed.baselinePath !== undefined && !allowed(composed.baselinePath)) {
        throw new policyError/* PolicyError */.p(`baseline ${relativeName(root, composed.baselinePath)} is outside the repository`);
    }
    return composed;
}
function relativeName(root, file) {
    const relative = external_node_path_default().relative(root, file);
    return (relative.startsWith('..') ? file : relative).split((external_node_path_default()).sep).join('/');
}
function resolveExtends(reference, from, where) {
    if (isBuiltinPolicy(reference))
        return reference;
    if (isRemoteReference(reference)) {
        const parsed = parseRemoteReference(reference);
        if (typeof parsed === 'string')
            throw new policyError/* PolicyError */.p(`${where}: ${parsed}`);
        return reference;
    }
    if (!reference.startsWith('.') && !reference.startsWith('/') && !/\.ya?ml$/i.test(reference)) {
        const suggestion = nearestName(reference, BUILTIN_POLICIES);
        throw new policyError/* PolicyError */.p(`${where}: unknown built-in policy "${reference}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; built-ins are ${BUILTIN_POLICIES.join(', ')}, files are named by a relative path such as ./base.yml`);
    }
    if (from.remote) {
        const resolved = resolveRemoteRelative(from.remote, reference);
        if (!resolved)
            throw new policyError/* PolicyError */.p(`${where}: "${reference}" leaves the repository of ${formatRemoteReference(from.remote)}`);
        return formatRemoteReference(resolved);
    }
    if (!from.directory)
        throw new policyError/* PolicyError */.p(`${where}: a built-in policy cannot extend a file`);
    return external_node_path_default().resolve(from.directory, reference);
}
/** The file against schemas/policy.schema.json, reported as the first fault with its line. */
function validateShape(document) {
    const data = document.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new policyError/* PolicyError */.p(`${document.where([])}: a policy is a mapping with keys extends, rules, custom, overrides, ignore, baseline`);
    }
    policyValidator ??= trustedAjv().compile(policy_schema_namespaceObject);
    if (policyValidator(data))
        return data;
    // Rule entries are checked against the rule catalog in compose(), which says more than the schema can.
    const errors = (policyValidator.errors ?? []).filter((e) => !RULE_ENTRY.test(e.instancePath));
    if (errors.length === 0)
        return data;
    const error = mostSpecific(errors);
    throw new policyError/* PolicyError */.p(describeShapeError(document, error));
}
function mostSpecific(errors) {
    const ranked = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
    const pool = ranked.length > 0 ? ranked : errors;
    return pool.reduce((best, e) => (e.instancePath.split('/').length > best.instancePath.split('/').length ? e : best));
}
function describeShapeError(document, error) {
    const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const path = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const place = segments.length > 0 ? segments.join('.') : 'the policy';
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const name = String(params.additionalProperty);
            const known = Object.keys(error.parentSchema?.properties ?? {}).filter((k) => k !== '$schema');
            const suggestion = nearestName(name, known);
            return `${document.where([...path, name], true)}: unknown key "${name}" in ${place}${suggestion ? ` (did you mean "${suggestion}"?)` : `; allowed: ${known.join(', ')}`}`;
        }
        case 'required':
            return `${document.where(path)}: ${place} is missing "${String(params.missingProperty)}"`;
        case 'enum':
            return `${document.where(path)}: ${place}: "${String(error.data)}" is not one of ${params.allowedValues.join(', ')}`;
        case 'pattern':
            if (segments[segments.length - 1] === 'id') {
                return `${document.where(path)}: ${place}: custom rule id "${String(error.data)}" must be namespaced like "acme/display-name-prefix"`;
            }
            return `${document.where(path)}: ${place}: "${String(error.data)}" does not match ${String(params.pattern)}`;
        default:
            return `${document.where(path)}: ${place} ${error.message ?? 'is invalid'}`;
    }
}
/** Catalog defaults, then each layer in order (extended files first), then the per-file overrides. */
function compose(layers, catalog, root, customValidators) {
    const custom = new Map();
    const base = new Map();
    for (const rule of catalog) {
        base.set(rule.meta.id, { severity: rule.meta.defaultSeverity, options: { ...(rule.meta.defaultOptions ?? {}) } });
    }
    for (const layer of layers) {
        for (const [index, definition] of (layer.data.custom ?? []).entries()) {
            const where = layer.document.where(['custom', index, 'schema']);
            if (catalog.some((r) => r.meta.id === definition.id)) {
                throw new policyError/* PolicyError */.p(`${layer.document.where(['custom', index, 'id'])}: custom rule id "${definition.id}" is the id of a built-in rule`);
            }
            const validate = customValidators.get(definition);
            if (typeof validate === 'string')
                throw new policyError/* PolicyError */.p(`${where}: custom rule "${definition.id}": invalid schema: ${validate}`);
            const rule = toCustomRule(definition, validate);
            custom.set(definition.id, rule);
            base.set(definition.id, { severity: definition.severity ?? 'error', options: {} });
        }
    }
    const known = new Map([...catalog.map((r) => [r.meta.id, r]), ...[...custom].map(([id, r]) => [id, r])]);
    const apply = (target, rules, layer, at) => {
        for (const [id, entry] of Object.entries(rules)) {
            const where = layer.document.where([...at, id], true);
            const rule = known.get(id);
            if (!rule) {
                const suggestion = nearestName(id, known.keys());
                throw new policyError/* PolicyError */.p(`${where}: unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
            }
            const current = target.get(id);
            const badSeverity = (value) => new policyError/* PolicyError */.p(`${where}: rule "${id}": severity ${JSON.stringify(value)} is not one of ${SEVERITIES.join(', ')}`);
            if (typeof entry === 'string') {
                if (!SEVERITIES.includes(entry))
                    throw badSeverity(entry);
                target.set(id, { ...current, severity: entry });
                continue;
            }
            if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
                throw new policyError/* PolicyError */.p(`${where}: rule "${id}": expected a severity (${SEVERITIES.join(', ')}) or an object of severity and options`);
            }
            const { severity, ...given } = entry;
            if (severity !== undefined && !SEVERITIES.includes(severity))
                throw badSeverity(severity);
            const options = { ...current.options, ...given };
            if (Object.keys(given).length > 0) {
                const schema = rule.meta.optionsSchema;
                if (!schema)
                    throw new policyError/* PolicyError */.p(`${where}: rule "${id}" takes no options, but ${Object.keys(given).map((k) => `"${k}"`).join(', ')} given`);
                let validate = optionValidators.get(schema);
                if (!validate) {
                    validate = trustedAjv().compile(schema);
                    optionValidators.set(schema, validate);
                }
                if (!validate(options)) {
                    const error = validate.errors[0];
                    const params = error.params;
                    const detail = error.keyword === 'additionalProperties'
                        ? `unknown option "${String(params.additionalProperty)}"; options are ${Object.keys(schema.properties ?? {}).join(', ')}`
                        : `option "${error.instancePath.slice(1) || 'options'}" ${error.message}`;
                    throw new policyError/* PolicyError */.p(`${where}: rule "${id}": ${detail}`);
                }
            }
            target.set(id, { severity: severity ?? current.severity, options });
        }
    };
    const overrides = [];
    const ignore = [];
    let baselinePath;
    for (const layer of layers) {
        apply(base, layer.data.rules ?? {}, layer, ['rules']);
        for (const [index, override] of (layer.data.overrides ?? []).entries()) {
            overrides.push({
                matches: picomatch_default()(override.files.map(stripDotSlash), { dot: true }),
                settings: new Map(),
                layer,
                rules: override.rules,
                at: ['overrides', index, 'rules'],
            });
        }
        ignore.push(...(layer.data.ignore ?? []).map(stripDotSlash));
        if (layer.data.baseline !== undefined)
            baselinePath = external_node_path_default().resolve(layer.directory ?? root, layer.data.baseline);
    }
    // Validate every override's rules now, so a bad one is an error even if no file matches it.
    for (const override of overrides)
        apply(new Map(base), override.rules, override.layer, override.at);
    const ignored = ignore.length > 0 ? picomatch_default()(ignore, { dot: true }) : () => false;
    const entryLayer = layers[layers.length - 1];
    return {
        source: entryLayer.document.name,
        custom: [...custom.values()],
        baselinePath,
        isIgnored: (file) => ignored(file),
        rulesFor(file) {
            const matching = overrides.filter((o) => o.matches(file));
            if (matching.length === 0)
                return base;
            const settings = new Map(base);
            for (const override of matching)
                apply(settings, override.rules, override.layer, override.at);
            return settings;
        },
    };
}
function stripDotSlash(glob) {
    return glob.replace(/^\.\//, '');
}
/** Every rule at its default severity and options: the built-in `recommended` without reading a file. */
function defaultPolicy(rules) {
    const settings = new Map(rules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity, options: { ...(r.meta.defaultOptions ?? {}) } }]));
    return { source: 'built-in recommended', custom: [], isIgnored: () => false, rulesFor: () => settings };
}

;// CONCATENATED MODULE: ./src/github/client.ts
function lazyClient(token, warn, baseUrl) {
    let client;
    return () => (client ??= createGitHubClient(token, warn, baseUrl));
}
/**
 * An Octokit for GITHUB_API_URL that retries 5xx answers with back-off (plugin-retry) and waits out primary and
 * secondary rate limits a couple of times (plugin-throttling). 4xx answers are not retried: they are reported.
 */
async function createGitHubClient(token, warn, baseUrl) {
    // Loaded only when the API is used: Octokit and its HTTP stack cost ~150 ms of start-up (measured).
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 758).then(__nccwpck_require__.bind(__nccwpck_require__, 1758)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9735)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6856)),
    ]);
    const patience = (kind) => (retryAfter, options, _octokit, retryCount) => {
        warn(`GitHub API ${kind} rate limit on ${options.method ?? ''} ${options.url ?? ''}; ${retryCount < 2 ? `retrying in ${retryAfter} s` : 'giving up'}`);
        return retryCount < 2;
    };
    return getOctokit(token, {
        ...(baseUrl ? { baseUrl } : {}),
        throttle: { onRateLimit: patience('primary'), onSecondaryRateLimit: patience('secondary') },
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    }, retry, throttling);
}
/** An API failure as one line for a warning: the status and GitHub's reason, never a token or a body we sent. */
function describeApiError(error) {
    const status = error.status;
    const message = error.message ?? String(error);
    const reason = message.split('\n')[0].slice(0, 200);
    if (status === 403 && /not accessible by integration/i.test(message)) {
        return `HTTP 403: ${reason} (the token is read-only here, as on pull requests from forks; give the job "pull-requests: write" or run on a trusted event)`;
    }
    return status ? `HTTP ${status}: ${reason}` : reason;
}

;// CONCATENATED MODULE: ./src/github/remotePolicy.ts

/**
 * Reads a central policy through the contents API. The reason of a failure is the status and GitHub's message
 * (404 also for a repository the token cannot see), never the token.
 */
function remotePolicyReader(getClient) {
    return async ({ owner, repo, path, ref }) => {
        let data;
        const client = await getClient();
        try {
            ({ data } = await client.rest.repos.getContent({ owner, repo, path, ref }));
        }
        catch (error) {
            const status = error.status;
            const hint = status === 404 ? ' (no such file at that ref, or the token cannot read that repository)' : status === 401 ? ' (the token was refused)' : '';
            throw new Error(`${describeApiError(error)}${hint}`);
        }
        if (Array.isArray(data) || data.type !== 'file' || typeof data.content !== 'string')
            throw new Error('not a file');
        return Buffer.from(data.content, 'base64').toString('utf8');
    };
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/engine/tool.ts

const toolName = 'lp-app-manifest-check';
const toolVersion = package_namespaceObject.rE;
const toolInformationUri = 'https://github.com/lp-app-manifest-check/lp-app-manifest-check';
/** Rule documentation lives beside the code, one page per rule. */
const docsBaseUrl = `${toolInformationUri}/blob/v1/docs/rules/`;

// EXTERNAL MODULE: ./src/network/addressPolicy.ts
var addressPolicy = __nccwpck_require__(6964);
;// CONCATENATED MODULE: ./src/network/createImageProbe.ts


/** The guarded fetcher network rules are handed: one request per distinct URL per run, at most `concurrency` at once. */
function createImageProbe(options) {
    const limit = Math.max(1, options.concurrency ?? 8);
    // The HTTP stack (https, tls, dns) and the fetcher load on the first probe: a run without logos never loads them.
    let fetcher;
    const load = async () => {
        const [{ fetchImageSize }, http, https, dns] = await Promise.all([
            __nccwpck_require__.e(/* import() */ 336).then(__nccwpck_require__.bind(__nccwpck_require__, 7336)),
            Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23)),
            Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)),
            Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 610, 23)),
        ]);
        const settings = {
            timeoutMs: options.timeoutMs,
            allowPrivateNetwork: options.allowPrivateNetwork,
            allowHttp: options.allowHttp ?? false,
            maxRedirects: options.maxRedirects ?? 3,
            maxBytes: options.maxBytes ?? 1_048_576,
            lookup: options.lookup ?? dns.lookup,
            ca: options.ca,
            refuseAddress: options.refuseAddress ?? addressPolicy/* refusalOf */.O,
            userAgent: `${toolName}/${toolVersion}`,
            agents: {
                http: new http.Agent({ keepAlive: true, maxSockets: limit }),
                https: new https.Agent({ keepAlive: true, maxSockets: limit }),
            },
        };
        return (url) => fetchImageSize(url, settings);
    };
    const cache = new Map();
    let active = 0;
    const waiting = [];
    const slot = async (work) => {
        if (active >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        active++;
        try {
            return await work();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
    return {
        probeImage(url) {
            let probe = cache.get(url);
            if (!probe) {
                probe = slot(async () => (await (fetcher ??= load()))(url));
                cache.set(url, probe);
            }
            return probe;
        },
    };
}

;// CONCATENATED MODULE: ./src/report/summary.ts
function summarize(result) {
    const summary = { manifests: result.manifests.length, errors: 0, warnings: 0, notices: 0, suppressed: 0 };
    for (const finding of result.findings) {
        if (finding.suppressed)
            summary.suppressed++;
        else if (finding.severity === 'error')
            summary.errors++;
        else if (finding.severity === 'warning')
            summary.warnings++;
        else
            summary.notices++;
    }
    return summary;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/report/text.ts

const STYLE = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1, underline: 4 };
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', notice: 'cyan' };
/**
 * Control characters from a manifest (an ANSI escape, a carriage return) would let file content rewrite the
 * terminal: they are shown as visible escapes instead.
 */
function inert(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? '⏎' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
/** Grouped by file like ESLint's stylish: `line:col  severity  message  rule-id`, then a summary line. */
const toText = (result, context) => {
    const paint = (style, text) => (context.color ? `\u001b[${STYLE[style]}m${text}\u001b[0m` : text);
    const lines = [];
    const byFile = new Map();
    for (const finding of result.findings) {
        const list = byFile.get(finding.file) ?? [];
        list.push(finding);
        byFile.set(finding.file, list);
    }
    for (const [file, findings] of byFile) {
        lines.push(paint('underline', inert(file)));
        const rows = findings.map((f) => [
            `${f.line}:${f.column}`,
            f.suppressed ? 'suppressed' : f.severity,
            inert(f.message) + (f.suppressed ? ` (${inert(f.suppressed.reason)})` : ''),
            f.ruleId,
        ]);
        const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
        for (const [index, row] of rows.entries()) {
            const finding = findings[index];
            const severity = row[1].padEnd(widths[1]);
            lines.push(`  ${paint('dim', row[0].padStart(widths[0]))}  ${finding.suppressed ? paint('dim', severity) : paint(SEVERITY_STYLE[finding.severity], severity)}  ${row[2]}  ${paint('dim', row[3])}`);
        }
        lines.push('');
    }
    const summary = summarize(result);
    const problems = summary.errors + summary.warnings + summary.notices;
    const withFindings = new Set(result.findings.filter((f) => !f.suppressed).map((f) => f.file)).size;
    if (problems > 0) {
        const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}`;
        const style = summary.errors > 0 ? 'red' : summary.warnings > 0 ? 'yellow' : 'cyan';
        lines.push(paint(style, paint('bold', `✖ ${plural(problems, 'problem')} (${counts}) in ${withFindings} of ${plural(summary.manifests, 'manifest')}`)));
    }
    else {
        lines.push(paint('green', `✔ ${plural(summary.manifests, 'manifest')} checked, no problems`));
    }
    if (summary.suppressed > 0)
        lines.push(`  ${summary.suppressed} suppressed`);
    const skippedRules = result.skipped.filter((s) => !s.file);
    const reasons = [...new Set(skippedRules.map((s) => s.reason))];
    for (const reason of reasons) {
        const ids = skippedRules.filter((s) => s.reason === reason).map((s) => s.ruleId);
        lines.push(paint('dim', `Skipped ${ids.join(', ')} (${inert(reason)})`));
    }
    for (const skipped of result.skipped.filter((s) => s.file)) {
        lines.push(paint('dim', `Skipped ${inert(skipped.file)}: ${inert(skipped.reason)}`));
    }
    const documentedRule = result.findings.map((f) => f.ruleId).find((id) => context.docsUrl(id) !== undefined);
    if (documentedRule) {
        lines.push(paint('dim', `Rule documentation: ${context.docsUrl(documentedRule).replace(/[^/]+\.md$/, '<rule-id>.md')}`));
    }
    return lines.join('\n') + '\n';
};

;// CONCATENATED MODULE: ./src/report/json.ts

/** Report version 1 (SPEC §5; schemas/report.schema.json). */
const toJson = (result, context) => {
    const summary = summarize(result);
    const report = {
        version: 1,
        tool: { name: context.tool.name, version: context.tool.version },
        manifests: result.manifests.map(({ file, format }) => ({ file, format })),
        findings: result.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            message: f.message,
            file: f.file,
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            pointer: f.pointer,
            ...(f.keyword !== undefined ? { keyword: f.keyword } : {}),
            ...(f.suppressed ? { suppressed: f.suppressed } : {}),
        })),
        skipped: result.skipped.map((s) => (s.file !== undefined ? { ruleId: s.ruleId, file: s.file, reason: s.reason } : { ruleId: s.ruleId, reason: s.reason })),
        summary: {
            manifests: summary.manifests,
            errors: summary.errors,
            warnings: summary.warnings,
            notices: summary.notices,
            ...(summary.suppressed > 0 ? { suppressed: summary.suppressed } : {}),
        },
    };
    return JSON.stringify(report, null, 2) + '\n';
};

;// CONCATENATED MODULE: ./src/report/sarif.ts

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * A fingerprint that survives lines moving: the rule, the file and the JSON pointer (plus the occurrence index for
 * identical triples), so code scanning keeps tracking an alert when lines are added above it.
 */
function fingerprints(findings) {
    const seen = new Map();
    return findings.map((f) => {
        const key = `${f.ruleId}\u0000${f.file}\u0000${f.pointer}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return (0,external_node_crypto_.createHash)('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
    });
}
/** SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). */
const toSarif = (result, context) => {
    const ids = context.rules.map((r) => r.id);
    for (const f of result.findings)
        if (!ids.includes(f.ruleId))
            ids.push(f.ruleId);
    const metaById = new Map(context.rules.map((r) => [r.id, r]));
    const rules = ids.map((id) => {
        const meta = metaById.get(id);
        const helpUri = context.docsUrl(id);
        const description = meta?.description ?? id;
        const help = meta?.help ?? description;
        return {
            id,
            name: id.replace(/(^|[-/])(\w)/g, (_, __, c) => c.toUpperCase()),
            shortDescription: { text: description },
            fullDescription: { text: help },
            help: { text: help, markdown: helpUri ? `${help}\n\n[Documentation](${helpUri})` : help },
            ...(helpUri ? { helpUri } : {}),
            defaultConfiguration: { level: LEVEL[meta?.defaultSeverity ?? 'error'] },
            properties: { tags: ['lp-app-manifest'] },
        };
    });
    const prints = fingerprints(result.findings);
    const results = result.findings.map((f, index) => ({
        ruleId: f.ruleId,
        ruleIndex: ids.indexOf(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.column) },
                },
                logicalLocations: [{ fullyQualifiedName: f.pointer || '/', kind: 'element' }],
            },
        ],
        partialFingerprints: { 'lpAppManifestCheck/v1': prints[index] },
        ...(f.suppressed
            ? { suppressions: [{ kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external', justification: f.suppressed.reason }] }
            : {}),
    }));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: { name: context.tool.name, version: context.tool.version, semanticVersion: context.tool.version, informationUri: context.tool.informationUri, rules },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                results,
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
};

;// CONCATENATED MODULE: ./src/report/markdown.ts

/**
 * Manifest text rendered inert in markdown: no HTML, no table breaks, no links or images, no @-mentions or
 * #-references that would notify people, no forged comment markers.
 */
function inertMarkdown(text) {
    return text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[\\`*_{}[\]()#+\-!|<>&~]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/@/g, '@\u200b')
        .replace(/:\/\//g, ':&#47;&#47;')
        .replace(/(www)\./gi, '$1&#46;');
}
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** A heading, the counts, and one table per file; cut to `maxLength` with a count of what was left out. */
const toMarkdown = (result, context) => {
    const summary = summarize(result);
    const head = [...(context.header ? [context.header] : []), `## ${context.tool.name}`, ''];
    const problems = summary.errors + summary.warnings + summary.notices;
    head.push(problems === 0
        ? `✅ ${plural(summary.manifests, 'manifest')} checked, no problems.`
        : `**${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}** in ${plural(summary.manifests, 'manifest')}.`);
    if (summary.suppressed > 0)
        head.push('', `${summary.suppressed} suppressed (inline comments or baseline).`);
    for (const note of context.notes ?? [])
        head.push('', note);
    // Sizes are counted in UTF-8 bytes: the job summary's limit is in bytes, and a byte count is never below the
    // character count the comment's limit uses.
    const size = (text) => Buffer.byteLength(text);
    const budget = (context.maxLength ?? Infinity) - 200;
    const tail = [];
    if (result.skipped.length > 0) {
        // The skipped list may use at most a quarter of the budget; findings come first.
        const tailBudget = budget / 4;
        tail.push('', '<details><summary>Skipped</summary>', '');
        let tailSize = size(tail.join('\n'));
        let listed = 0;
        for (const s of result.skipped) {
            const line = `- ${inertMarkdown(s.file ?? s.ruleId)}: ${inertMarkdown(s.reason)}`;
            if (tailSize + size(line) + 1 > tailBudget)
                break;
            tail.push(line);
            tailSize += size(line) + 1;
            listed++;
        }
        if (listed < result.skipped.length)
            tail.push(`- … and ${result.skipped.length - listed} more (the JSON report lists them all)`);
        tail.push('', '</details>');
    }
    let used = size([...head, ...tail].join('\n'));
    const body = [];
    let shown = 0;
    const byFile = new Map();
    for (const finding of result.findings)
        byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
    outer: for (const [file, findings] of byFile) {
        const heading = ['', `### ${inertMarkdown(file)}`, '', '| Line | Severity | Rule | Message |', '|---:|---|---|---|'];
        const headingSize = size(heading.join('\n')) + 1;
        let started = false;
        for (const f of findings) {
            const row = rowOf(f, context);
            const rowSize = size(row);
            if (used + rowSize + 1 + (started ? 0 : headingSize) > budget)
                break outer;
            if (!started) {
                body.push(...heading);
                used += headingSize;
                started = true;
            }
            body.push(row);
            used += rowSize + 1;
            shown++;
        }
    }
    const omitted = result.findings.length - shown;
    if (omitted > 0)
        body.push('', `… and ${plural(omitted, 'more finding')} not shown here (the annotations and the JSON report have them all).`);
    return [...head, ...body, ...tail].join('\n') + '\n';
};
function rowOf(f, context) {
    const url = context.docsUrl(f.ruleId);
    const rule = url ? `[${f.ruleId}](${url})` : `\`${f.ruleId}\``;
    const severity = f.suppressed ? `suppressed (${inertMarkdown(f.suppressed.reason)})` : `${ICON[f.severity]} ${f.severity}`;
    const position = `${f.line}:${f.column}`;
    const line = context.lineUrl ? `[${position}](${context.lineUrl(f.file, f.line)})` : position;
    return `| ${line} | ${severity} | ${rule} | ${inertMarkdown(f.message)} |`;
}

;// CONCATENATED MODULE: ./src/report/index.ts





const formatters = {
    text: toText,
    json: toJson,
    sarif: toSarif,
    markdown: toMarkdown,
    github: toGithub,
};

;// CONCATENATED MODULE: ./src/report/context.ts


const builtinIds = new Set(builtinRules.map((r) => r.meta.id));
function reportContext(rules, options = {}) {
    return {
        tool: { name: toolName, version: toolVersion, informationUri: toolInformationUri },
        rules: rules.map((r) => r.meta),
        docsUrl: (ruleId) => (builtinIds.has(ruleId) ? `${docsBaseUrl}${ruleId}.md` : undefined),
        color: options.color,
        failOn: options.failOn,
    };
}

;// CONCATENATED MODULE: ./src/github/pullRequest.ts

/**
 * The runner's description of the run, read as @actions/github's `context` reads it (GITHUB_EVENT_PATH,
 * GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_SERVER_URL). Read here rather than through `context` so that a run that
 * needs no API does not load Octokit: measured at ~150 ms of start-up.
 */
function eventPayload(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        const payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
        return payload !== null && typeof payload === 'object' ? payload : {};
    }
    catch {
        return {};
    }
}
function ownerAndRepo(env, payload) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (owner && repo)
        return { owner, repo };
    const fromPayload = payload.repository;
    if (fromPayload?.name && fromPayload.owner?.login)
        return { owner: fromPayload.owner.login, repo: fromPayload.name };
    return undefined;
}
/** The pull request the run is about, from the event payload (pull_request and pull_request_target events). */
function currentPullRequest(env = process.env) {
    const payload = eventPayload(env);
    const pr = payload.pull_request;
    const names = ownerAndRepo(env, payload);
    if (!names || !pr?.number || !pr.base?.sha || !pr.head?.sha)
        return undefined;
    return { ...names, number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha };
}
function repository(env = process.env) {
    const names = ownerAndRepo(env, eventPayload(env));
    if (!names || !env.GITHUB_SHA)
        return undefined;
    return { ...names, serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', sha: env.GITHUB_SHA };
}

;// CONCATENATED MODULE: ./src/github/gitAtCommit.ts


const gitAtCommit_run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
/** A file's text at a commit, when that commit is in the local clone; undefined when it is not there. */
async function readAtCommit(root, sha, file) {
    try {
        const { stdout } = await gitAtCommit_run('git', ['show', `${sha}:${file}`], { cwd: root, maxBuffer: 8 * 1024 * 1024 });
        return stdout;
    }
    catch {
        return undefined;
    }
}
async function hasCommit(root, sha) {
    try {
        await gitAtCommit_run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: root });
        return true;
    }
    catch {
        return false;
    }
}
/** Paths changed between two commits of the local clone (root-relative, `/`), or undefined when either is missing. */
async function changedBetween(root, base, head) {
    try {
        const { stdout } = await gitAtCommit_run('git', ['diff', '--name-only', '-z', '--no-renames', `${base}...${head}`], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
        return stdout.split('\0').filter((f) => f !== '');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/github/basePolicy.ts



/** The file is certainly not in the base commit (git says so, or the API answers 404): only then may a caller fall back. */
class NotAtBase extends Error {
}
/**
 * Reads files as they are at the pull request's base commit, so a pull request cannot loosen the policy it is
 * judged by: from git when the base commit was fetched, else through the contents API. Each file is read once.
 * Anything but a confirmed absence (no token, a 5xx, a rate limit, no network) is an error, never "no policy".
 */
function baseCommitReader(root, pr, getClient) {
    const read = new Map();
    let local;
    return (absolutePath) => {
        let text = read.get(absolutePath);
        if (!text)
            read.set(absolutePath, (text = readOnce(absolutePath)));
        return text;
    };
    async function readOnce(absolutePath) {
        const file = external_node_path_default().relative(root, absolutePath).split((external_node_path_default()).sep).join('/');
        if (file.startsWith('..'))
            throw new Error(`${file} is outside the repository`);
        if (await (local ??= hasCommit(root, pr.baseSha))) {
            const text = await readAtCommit(root, pr.baseSha, file);
            if (text === undefined)
                throw new NotAtBase(`${file} is not in the base commit`);
            return text;
        }
        const base = pr.baseSha.slice(0, 12);
        if (!getClient)
            throw new Error(`the base commit ${base} is not in the checkout and there is no token to read ${file} through the API`);
        const client = await getClient();
        let data;
        try {
            ({ data } = await client.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path: file, ref: pr.baseSha }));
        }
        catch (error) {
            if (error.status === 404)
                throw new NotAtBase(`${file} is not in the base commit`);
            throw new Error(`${file} could not be read at the base commit ${base}: ${describeApiError(error)}`);
        }
        if (Array.isArray(data) || data.type !== 'file' || typeof data.content !== 'string')
            throw new NotAtBase(`${file} is not a file in the base commit`);
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
}

;// CONCATENATED MODULE: ./src/github/changedFiles.ts

/** Files the pull request changes: git when both commits are fetched, else the pulls files API (all pages). */
async function changedFiles(root, pr, getClient) {
    const local = await changedBetween(root, pr.baseSha, pr.headSha);
    if (local)
        return new Set(local);
    if (!getClient)
        throw new Error('the base commit is not fetched and there is no token for the API');
    const client = await getClient();
    const files = await client.paginate(client.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
    return new Set(files.map((f) => f.filename));
}

;// CONCATENATED MODULE: ./src/github/stickyComment.ts
const stickyComment_MARKER = '<!-- lp-app-manifest-check -->';
/** The first line of the comment: the marker, plus the workflow/job key so that several jobs keep one comment each. */
function markerLine(key) {
    return key ? `${stickyComment_MARKER}<!-- ${key.replace(/--/g, '-').replace(/[<>]/g, '')} -->` : stickyComment_MARKER;
}
/**
 * One sticky comment per pull request (and job): found across every page of comments by its first line and updated
 * in place. `auto` posts only when there are findings but always updates an existing comment (also to all clear).
 */
async function upsertStickyComment(client, pr, options) {
    if (options.mode === 'never')
        return { action: 'skipped', reason: 'comment: never' };
    const comments = await client.paginate(client.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
    // Only a comment this token wrote is ours: anyone can post a comment that starts with the marker, and a token
    // that may edit comments may edit theirs too.
    const author = await authorOf(client, options.token);
    const ours = comments.filter((c) => (c.body ?? '').split('\n')[0].trim() === options.marker && author(c.user));
    const existing = ours[0];
    if (existing) {
        const { data } = await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body: options.body });
        return { action: 'updated', url: data.html_url };
    }
    if (options.mode === 'auto' && !options.hasFindings)
        return { action: 'skipped', reason: 'no findings and no earlier comment' };
    const { data } = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body: options.body });
    return { action: 'created', url: data.html_url };
}
/**
 * Who the token comments as. An installation token (`ghs_`, which GITHUB_TOKEN is) comments as the app's bot user;
 * any other token as the user the API says it belongs to (or, if that cannot be asked, only bots are trusted).
 */
async function authorOf(client, token) {
    const isBot = (user) => user?.type === 'Bot';
    if (token.startsWith('ghs_'))
        return isBot;
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return (user) => user?.login === data.login;
    }
    catch {
        return isBot;
    }
}

;// CONCATENATED MODULE: ./src/action/inputs.ts

class InputError extends Error {
}
function oneOf(name, allowed, fallback) {
    const value = getInput(name) || fallback;
    if (!allowed.includes(value))
        throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value;
}
function flag(name, fallback) {
    const value = getInput(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', 'on'].includes(value))
        return true;
    if (['false', 'no', 'off'].includes(value))
        return false;
    throw new InputError(`input ${name} must be true or false, not "${value}"`);
}
/** One per line or separated by spaces, as workflow authors write lists. */
function list(name, fallback) {
    const items = getInput(name)
        .split(/\s+/)
        .filter((s) => s !== '');
    return items.length > 0 ? items : fallback;
}
/** The inputs of action.yml, validated; defaults repeat action.yml's for runs that do not pass them. */
function readInputs() {
    return {
        paths: list('paths', ['.']),
        exclude: list('exclude', []),
        policy: getInput('policy').trim(),
        policyFrom: oneOf('policy-from', ['base', 'head'], 'base'),
        failOn: oneOf('fail-on', ['error', 'warning', 'notice', 'never'], 'error'),
        comment: oneOf('comment', ['auto', 'always', 'never'], 'auto'),
        annotations: flag('annotations', true),
        onlyChanged: flag('only-changed', false),
        offline: flag('offline', false),
        allowPrivateNetwork: flag('allow-private-network', false),
        sarifFile: getInput('sarif-file').trim(),
        token: getInput('token'),
    };
}

;// CONCATENATED MODULE: ./src/action/secrets.ts
/**
 * Values that may be credentials: webhook header values and client_secret. The Action registers them with the
 * runner's masking (core.setSecret) so that no log line can show them, whatever prints them.
 */
function secretValues(files) {
    const found = new Set();
    for (const file of files) {
        if (!file.outcome.ok)
            continue;
        const stack = [file.outcome.document.value];
        while (stack.length > 0) {
            const value = stack.pop();
            if (Array.isArray(value))
                stack.push(...value);
            else if (value !== null && typeof value === 'object') {
                for (const [key, child] of Object.entries(value)) {
                    if ((key === 'header_value' || key === 'client_secret') && typeof child === 'string' && child.trim().length >= 3)
                        found.add(child);
                    else
                        stack.push(child);
                }
            }
        }
    }
    return [...found];
}

;// CONCATENATED MODULE: ./src/policy/baseline.ts


function hashValue(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(value) ?? 'undefined').digest('hex').slice(0, 16);
}
function keyOf(entry) {
    return [entry.file, entry.ruleId, entry.pointer, entry.valueHash].join('\u0000');
}
function entryOf(finding, valueAt) {
    return { file: finding.file, ruleId: finding.ruleId, pointer: finding.pointer, valueHash: hashValue(valueAt(finding.file, finding.pointer)) };
}
const compare = (a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);
function createBaseline(findings, valueAt) {
    return { version: 1, entries: findings.filter((f) => !f.suppressed).map((f) => entryOf(f, valueAt)).sort(compare) };
}
/** Findings the baseline records are marked suppressed (counted, not hidden); entries that match nothing are stale. */
function applyBaseline(findings, baseline, valueAt, source) {
    const remaining = new Map();
    for (const entry of baseline.entries)
        remaining.set(keyOf(entry), [...(remaining.get(keyOf(entry)) ?? []), entry]);
    const result = findings.map((finding) => {
        if (finding.suppressed)
            return finding;
        const matches = remaining.get(keyOf(entryOf(finding, valueAt)));
        if (!matches || matches.length === 0)
            return finding;
        matches.pop();
        return { ...finding, suppressed: { kind: 'baseline', reason: `in baseline ${source}` } };
    });
    return { findings: result, stale: [...remaining.values()].flat().sort(compare) };
}
async function writeBaseline(file, baseline) {
    await fs.writeFile(file, JSON.stringify(baseline, null, 2) + '\n');
}
/** Reads a baseline file; a message naming the file and the fault when it is not one. */
async function readBaseline(file, display) {
    let text;
    try {
        text = await fs.readFile(file, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'not found' : 'not readable';
        throw new Error(`baseline ${display}: ${reason}`);
    }
    return parseBaseline(text, display);
}
/** A baseline from its text; a message naming the file and the fault when it is not one. */
function parseBaseline(text, display) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new Error(`baseline ${display}: not valid JSON`);
    }
    const entries = data?.entries;
    const valid = data?.version === 1 &&
        Array.isArray(entries) &&
        entries.every((e) => ['file', 'ruleId', 'pointer', 'valueHash'].every((k) => typeof e?.[k] === 'string'));
    if (!valid)
        throw new Error(`baseline ${display}: not a baseline file (expected {"version": 1, "entries": [{file, ruleId, pointer, valueHash}]})`);
    return data;
}

;// CONCATENATED MODULE: ./src/action/writeInside.ts




/**
 * Writes a file the workflow names (`sarif-file`) inside the workspace without following a symlink out of it: the
 * workspace is the pull request's checkout, so any directory or file on the way may be a symlink it committed.
 * Each directory is checked (and created) one level at a time, and the file is opened with O_NOFOLLOW.
 */
async function writeInside(root, target, text) {
    const realRoot = await external_node_fs_namespaceObject.promises.realpath(root);
    const lexical = external_node_path_default().resolve(root, target);
    if (!isInside(external_node_path_default().resolve(root), lexical) || lexical === external_node_path_default().resolve(root)) {
        throw new InputError(`sarif-file ${target} must be a file inside the workspace`);
    }
    let current = realRoot;
    for (const part of external_node_path_default().relative(external_node_path_default().resolve(root), external_node_path_default().dirname(lexical)).split((external_node_path_default()).sep).filter((p) => p !== '')) {
        const next = external_node_path_default().join(current, part);
        const stat = await external_node_fs_namespaceObject.promises.lstat(next).catch((error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        });
        if (stat === undefined) {
            await external_node_fs_namespaceObject.promises.mkdir(next);
            current = next;
        }
        else if (stat.isSymbolicLink()) {
            const real = await external_node_fs_namespaceObject.promises.realpath(next);
            if (!isInside(realRoot, real))
                throw new InputError(`sarif-file ${target}: ${part} is a symlink out of the workspace; not written`);
            current = real;
        }
        else if (stat.isDirectory()) {
            current = next;
        }
        else {
            throw new InputError(`sarif-file ${target}: ${part} is not a directory`);
        }
    }
    const file = external_node_path_default().join(current, external_node_path_default().basename(lexical));
    let handle;
    try {
        handle = await external_node_fs_namespaceObject.promises.open(file, external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_CREAT | external_node_fs_namespaceObject.constants.O_TRUNC | external_node_fs_namespaceObject.constants.O_NOFOLLOW, 0o644);
    }
    catch (error) {
        if (error.code === 'ELOOP')
            throw new InputError(`sarif-file ${target} is a symlink; not written`);
        throw error;
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new InputError(`sarif-file ${target} is not a regular file; not written`);
        await handle.writeFile(text);
    }
    finally {
        await handle.close();
    }
    return file;
}

;// CONCATENATED MODULE: ./src/action/main.ts























/** GitHub shows at most 10 annotations of each type per step. */
const ANNOTATIONS_SHOWN = 10;
/** A job summary is limited to 1 MiB; a comment body to 65,536 characters. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;
const COMMENT_LIMIT = 65_536;
/** The Action: inputs in, check, annotations, summary, comment, outputs, pass/fail. */
async function main_run() {
    try {
        await runChecked();
    }
    catch (error) {
        if (error instanceof InputError || error instanceof policyError/* PolicyError */.p)
            setFailed(error.message);
        else
            setFailed(`unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
    }
}
async function runChecked() {
    const inputs = readInputs();
    if (inputs.token)
        setSecret(inputs.token);
    const root = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    const pr = currentPullRequest();
    const client = inputs.token ? lazyClient(inputs.token, (m) => warning(m), process.env.GITHUB_API_URL || undefined) : undefined;
    const policy = await loadActionPolicy(inputs, root, pr, client);
    info(`Policy: ${policy.source}${pr && inputs.policyFrom === 'base' ? ` (from the base commit ${pr.baseSha.slice(0, 12)})` : ''}`);
    let reportFile;
    if (inputs.onlyChanged) {
        if (!pr)
            warning('only-changed applies to pull requests; checking every manifest');
        else {
            try {
                const changed = await changedFiles(root, pr, client);
                reportFile = (file) => changed.has(file);
                info(`only-changed: ${changed.size} changed file(s) in the pull request`);
            }
            catch (error) {
                warning(`only-changed: the changed files could not be listed (${describeApiError(error)}); checking every manifest`);
            }
        }
    }
    const run = await check({
        root,
        paths: inputs.paths,
        exclude: inputs.exclude,
        rules: builtinRules,
        policy,
        network: inputs.offline ? undefined : createImageProbe({ timeoutMs: 10_000, allowPrivateNetwork: inputs.allowPrivateNetwork }),
        reportFile,
    });
    for (const secret of secretValues(run.files))
        setSecret(secret);
    if (run.missing.length > 0)
        throw new InputError(`no such file or directory inside the workspace: ${run.missing.join(', ')}`);
    const result = run.result;
    if (policy.baselinePath !== undefined)
        await applyPolicyBaseline(result, run.files, policy.baselinePath, inputs, root, pr, client);
    const summary = summarize(result);
    const failed = exceedsFailOn(result.findings, inputs.failOn);
    const repo = repository();
    const headSha = pr?.headSha ?? repo?.sha;
    const lineUrl = repo && headSha
        ? (file, line) => `${repo.serverUrl}/${repo.owner}/${repo.repo}/blob/${headSha}/${file.split('/').map(encodeUrlSegment).join('/')}#L${line}`
        : undefined;
    const notes = annotationNotes(result.findings, inputs.annotations);
    const rules = [...builtinRules, ...policy.custom];
    if (inputs.annotations)
        annotate(result.findings);
    const outputDir = external_node_path_default().join(process.env.RUNNER_TEMP || root, 'lp-app-manifest-check');
    await external_node_fs_namespaceObject.promises.mkdir(outputDir, { recursive: true });
    const reportPath = external_node_path_default().join(outputDir, 'report.json');
    await external_node_fs_namespaceObject.promises.writeFile(reportPath, formatters.json(result, reportContext(rules)));
    if (inputs.sarifFile) {
        const sarifPath = await writeInside(root, inputs.sarifFile, formatters.sarif(result, reportContext(rules)));
        setOutput('sarif-file', sarifPath);
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
        const markdown = formatters.markdown(result, { ...reportContext(rules), lineUrl, notes, maxLength: SUMMARY_LIMIT });
        appendSummary(markdown);
    }
    if (pr && inputs.comment !== 'never') {
        if (!client)
            warning('no token: the pull request comment is skipped');
        else {
            const marker = markerLine(jobKey(inputs));
            const body = formatters.markdown(result, { ...reportContext(rules), lineUrl, notes, header: marker, maxLength: COMMENT_LIMIT });
            try {
                const outcome = await upsertStickyComment(await client(), pr, {
                    mode: inputs.comment,
                    marker,
                    body,
                    hasFindings: summary.errors + summary.warnings + summary.notices > 0,
                    token: inputs.token,
                });
                info(outcome.action === 'skipped' ? `Pull request comment skipped: ${outcome.reason}` : `Pull request comment ${outcome.action}: ${outcome.url}`);
            }
            catch (error) {
                warning(`The pull request comment could not be written: ${describeApiError(error)}. Annotations, summary and outputs are unaffected.`);
            }
        }
    }
    setOutput('result', failed ? 'fail' : 'pass');
    setOutput('manifests', summary.manifests);
    setOutput('errors', summary.errors);
    setOutput('warnings', summary.warnings);
    setOutput('notices', summary.notices);
    setOutput('report-file', reportPath);
    const counts = `${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.notices} notice(s) in ${summary.manifests} manifest(s)`;
    if (failed)
        setFailed(`${counts}; failing on ${inputs.failOn}`);
    else
        info(counts);
}
/** On pull requests the policy comes from the base commit unless policy-from is head. */
async function loadActionPolicy(inputs, root, pr, client) {
    const named = inputs.policy ? policyReference(inputs.policy, root) : undefined;
    const readRemote = client ? remotePolicyReader(client) : undefined;
    // A built-in name or a github: reference is the same at the base and the head.
    if (!pr || inputs.policyFrom === 'head' || (named !== undefined && !external_node_path_default().isAbsolute(named))) {
        return loadPolicy({ root, policyPath: named, rules: builtinRules, readRemote });
    }
    const readText = baseCommitReader(root, pr, client);
    const candidate = named ?? external_node_path_default().join(root, DEFAULT_POLICY_FILE);
    try {
        await readText(candidate);
    }
    catch (error) {
        // Only a policy that is certainly absent at the base falls back; an unreadable one stops the run (fail closed).
        if (!(error instanceof NotAtBase)) {
            throw new policyError/* PolicyError */.p(`the policy of the base commit could not be read (${error.message}); fetch the base commit (actions/checkout with fetch-depth: 0) or give the job "contents: read"`);
        }
        if (named)
            warning(`policy ${inputs.policy} is not in the base commit; using the built-in recommended policy`);
        return loadPolicy({ root, rules: builtinRules, lookForDefaultFile: false });
    }
    return loadPolicy({ root, policyPath: candidate, rules: builtinRules, readText, readRemote });
}
function annotate(findings) {
    const emit = { error: error, warning: warning, notice: notice };
    for (const f of findings) {
        if (f.suppressed)
            continue;
        emit[f.severity](f.message, { title: f.ruleId, file: f.file, startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
    }
}
function annotationNotes(findings, annotations) {
    if (!annotations)
        return [];
    const notes = [];
    for (const severity of ['error', 'warning', 'notice']) {
        const count = findings.filter((f) => !f.suppressed && f.severity === severity).length;
        if (count > ANNOTATIONS_SHOWN) {
            notes.push(`The runner shows ${ANNOTATIONS_SHOWN} ${severity} annotations per step: ${count - ANNOTATIONS_SHOWN} more ${severity}s are listed only here.`);
        }
    }
    return notes;
}
/** Several jobs (or workflows) may run the check on one pull request: each keeps its own comment. */
/**
 * Which comment is this job's: workflow and job, plus the inputs that choose what is checked when they are not the
 * defaults, so that matrix legs over different folders or policies keep one comment each.
 */
function jobKey(inputs) {
    const workflow = process.env.GITHUB_WORKFLOW;
    const job = process.env.GITHUB_JOB;
    if (!workflow && !job)
        return undefined;
    const scope = [inputs.paths.join(' '), inputs.exclude.join(' '), inputs.policy].join('\n');
    const suffix = scope === '.\n\n' ? '' : `/${(0,external_node_crypto_.createHash)('sha256').update(scope).digest('hex').slice(0, 8)}`;
    return `${workflow ?? ''}/${job ?? ''}${suffix}`;
}
/** A path segment for a markdown link target: `(`, `)` and `'` are encoded too, so a file name cannot end the link. */
function encodeUrlSegment(segment) {
    return encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * The policy's baseline marks recorded findings as suppressed, as in the CLI. On pull requests it is read from the
 * base commit with the policy, so a pull request cannot add its own findings to it.
 */
async function applyPolicyBaseline(result, files, baselinePath, inputs, root, pr, client) {
    const display = external_node_path_default().relative(root, baselinePath).split((external_node_path_default()).sep).join('/');
    const fromBase = pr !== undefined && inputs.policyFrom === 'base';
    let text;
    try {
        text = fromBase ? await baseCommitReader(root, pr, client)(baselinePath) : await external_node_fs_namespaceObject.promises.readFile(baselinePath, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'not found' : error.message;
        throw new policyError/* PolicyError */.p(`baseline ${display}${fromBase ? ' (base commit)' : ''} could not be read: ${reason}`);
    }
    let baseline;
    try {
        baseline = parseBaseline(text, display);
    }
    catch (error) {
        throw new policyError/* PolicyError */.p(error.message);
    }
    const values = new Map(files.filter((f) => f.outcome.ok).map((f) => [f.file, f.outcome.ok ? f.outcome.document.value : undefined]));
    const applied = applyBaseline(result.findings, baseline, (file, pointer) => (0,engine_pointer/* getAtPointer */.re)(values.get(file), pointer), display);
    result.findings = applied.findings;
    if (applied.stale.length > 0)
        info(`${applied.stale.length} baseline entr${applied.stale.length === 1 ? 'y no longer matches' : 'ies no longer match'} a finding; rewrite ${display} with --write-baseline`);
}


/***/ }),

/***/ 8227:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y2: () => (/* binding */ childPointer),
/* harmony export */   rb: () => (/* binding */ toPointer),
/* harmony export */   re: () => (/* binding */ getAtPointer),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
/* unused harmony export escapeSegment */
/** RFC 6901 JSON pointers. */
function escapeSegment(segment) {
    if (typeof segment === 'number')
        return String(segment);
    // Most keys need no escape; testing first avoids two regex replacements per key on hot paths.
    if (!segment.includes('~') && !segment.includes('/'))
        return segment;
    return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
function toPointer(segments) {
    return segments.map((s) => '/' + escapeSegment(s)).join('');
}
/** Splits a pointer into unescaped segments; `''` is the whole document. */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new Error(`not a JSON pointer: ${pointer}`);
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Appends one segment to a pointer. */
function childPointer(pointer, segment) {
    return pointer + '/' + escapeSegment(segment);
}
/** The value at `pointer`, or undefined when any segment is missing. Own properties only. */
function getAtPointer(value, pointer) {
    let current = value;
    for (const segment of parsePointer(pointer)) {
        if (current === null || typeof current !== 'object')
            return undefined;
        if (!Object.prototype.hasOwnProperty.call(current, segment))
            return undefined;
        current = current[segment];
    }
    return current;
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(810);

await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6964:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ refusalOf),
/* harmony export */   t: () => (/* binding */ isIpLiteral)
/* harmony export */ });
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Only globally routable unicast addresses may be fetched unless private networks are allowed: ipaddr.js names
 * every special range (loopback, private, linkLocal with the 169.254.169.254 metadata service, carrierGradeNat,
 * unspecified, multicast, uniqueLocal, reserved, 6to4/teredo/NAT64 embeddings…) and everything else is `unicast`.
 * IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
 */
function refusalOf(address) {
    let parsed;
    try {
        parsed = ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().parse(address.replace(/^\[|\]$/g, ''));
    }
    catch {
        return `not an IP address (${address})`;
    }
    if (parsed.kind() === 'ipv6' && parsed.isIPv4MappedAddress()) {
        parsed = parsed.toIPv4Address();
    }
    const range = parsed.range();
    return range === 'unicast' ? undefined : `${describeRange(range)} address (${parsed.toString()})`;
}
function describeRange(range) {
    switch (range) {
        case 'loopback':
            return 'a loopback';
        case 'private':
        case 'uniqueLocal':
            return 'a private';
        case 'linkLocal':
            return 'a link-local';
        case 'carrierGradeNat':
            return 'a carrier-grade NAT';
        case 'unspecified':
            return 'an unspecified';
        case 'multicast':
            return 'a multicast';
        default:
            return `a special-purpose (${range})`;
    }
}
function isIpLiteral(hostname) {
    return ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().isValid(hostname.replace(/^\[|\]$/g, ''));
}


/***/ }),

/***/ 8899:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ formatOf),
/* harmony export */   j: () => (/* binding */ defaultParseLimits)
/* harmony export */ });
/** A manifest is a couple of kilobytes and six levels deep; these leave room for any real one and none for abuse. */
const defaultParseLimits = { maxBytes: 1_048_576, maxDepth: 64, maxAliasCount: 100 };
function formatOf(file) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    return undefined;
}


/***/ }),

/***/ 1290:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/** A policy that cannot be used; the message is one line naming the file, the place and the offending name. */
class PolicyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PolicyError';
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8280:
/***/ (function(module) {

(function (root) {
    'use strict';
    // A list of regular expressions that match arbitrary IPv4 addresses,
    // for which a number of weird notations exist.
    // Note that an address like 0010.0xa5.1.1 is considered legal.
    const ipv4Part = '(0?\\d+|0x[a-f0-9]+)';
    const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, 'i'),
        longValue: new RegExp(`^${ipv4Part}$`, 'i')
    };

    // Regular Expression for checking Octal numbers
    const octalRegex = new RegExp(`^0[0-7]+$`, 'i');
    const hexRegex = new RegExp(`^0x[a-f0-9]+$`, 'i');

    const zoneIndex = '%[0-9a-z]{1,}';

    // IPv6-matching regular expressions.
    // For IPv6, the task is simpler: it is enough to match the colon-delimited
    // hexadecimal IPv6 and a transitional variant with dotted-decimal IPv4 at
    // the end.
    const ipv6Part = '(?:[0-9a-f]+::?)+';
    const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, 'i'),
        'native': new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, 'i'),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, 'i'),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, 'i')
    };

    // Expand :: in an IPv6 address or address part consisting of `parts` groups.
    function expandIPv6 (string, parts) {
        // More than one '::' means invalid address
        if (string.indexOf('::') !== string.lastIndexOf('::')) {
            return null;
        }

        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;

        // Remove zone index and save it for later
        if (zoneId) {
            zoneId = zoneId.substring(1);
            string = string.replace(/%.+$/, '');
        }

        // How many parts do we already have?
        while ((lastColon = string.indexOf(':', lastColon + 1)) >= 0) {
            colonCount++;
        }

        // 0::0 is two parts more than ::
        if (string.substr(0, 2) === '::') {
            colonCount--;
        }

        if (string.substr(-2, 2) === '::') {
            colonCount--;
        }

        // An address must not contain more separators than available parts,
        // and :: must compress at least one part.
        if (colonCount >= parts) {
            return null;
        }

        // replacement = ':' + '0:' * (parts - colonCount)
        replacementCount = parts - colonCount;
        replacement = ':';
        while (replacementCount--) {
            replacement += '0:';
        }

        // Insert the missing zeroes
        string = string.replace('::', replacement);

        // Trim any garbage which may be hanging around if :: was at the edge in
        // the source string
        if (string[0] === ':') {
            string = string.slice(1);
        }

        if (string[string.length - 1] === ':') {
            string = string.slice(0, -1);
        }

        parts = (function () {
            const ref = string.split(':');
            const results = [];

            for (let i = 0; i < ref.length; i++) {
                results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
            }

            return results;
        })();

        return {
            parts: parts,
            zoneId: zoneId
        };
    }

    // A generic CIDR (Classless Inter-Domain Routing) RFC1518 range matcher.
    function matchCIDR (first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
            throw new Error('ipaddr: cannot match CIDR for objects with different lengths');
        }

        let part = 0;
        let shift;

        while (cidrBits > 0) {
            shift = partSize - cidrBits;
            if (shift < 0) {
                shift = 0;
            }

            if (first[part] >> shift !== second[part] >> shift) {
                return false;
            }

            cidrBits -= partSize;
            part += 1;
        }

        return true;
    }

    function parseIntAuto (string) {
        // Hexadecimal base 16 (0x#)
        if (hexRegex.test(string)) {
            return parseInt(string, 16);
        }
        // While octal representation is discouraged by ECMAScript 3
        // and forbidden by ECMAScript 5, we silently allow it to
        // work only if the rest of the string has numbers less than 8.
        if (string[0] === '0' && !isNaN(parseInt(string[1], 10))) {
        if (octalRegex.test(string)) {
            return parseInt(string, 8);
        }
            throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        // Always include the base 10 radix!
        return parseInt(string, 10);
    }

    function padPart (part, length) {
        while (part.length < length) {
            part = `0${part}`;
        }

        return part;
    }

    const ipaddr = {};

    // An IPv4 address (RFC791).
    ipaddr.IPv4 = (function () {
        // Constructs a new IPv4 address from an array of four octets
        // in network order (MSB first)
        // Verifies the input.
        function IPv4 (octets) {
            if (octets.length !== 4) {
                throw new Error('ipaddr: ipv4 octet count should be 4');
            }

            let i, octet;

            for (i = 0; i < octets.length; i++) {
                octet = octets[i];
                if (!((0 <= octet && octet <= 255))) {
                    throw new Error('ipaddr: ipv4 octet should fit in 8 bits');
                }
            }

            this.octets = octets;
        }

        // Special IPv4 address ranges.
        // See also https://en.wikipedia.org/wiki/Reserved_IP_addresses
        IPv4.prototype.SpecialRanges = {
            unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
            broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
            // RFC3171
            multicast: [[new IPv4([224, 0, 0, 0]), 4]],
            // RFC3927
            linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
            // RFC5735
            loopback: [[new IPv4([127, 0, 0, 0]), 8]],
            // RFC6598
            carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
            // RFC1918
            'private': [
                [new IPv4([10, 0, 0, 0]), 8],
                [new IPv4([172, 16, 0, 0]), 12],
                [new IPv4([192, 168, 0, 0]), 16]
            ],
            // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
            reserved: [
                [new IPv4([192, 0, 0, 0]), 24],
                [new IPv4([192, 0, 2, 0]), 24],
                [new IPv4([192, 88, 99, 0]), 24],
                [new IPv4([198, 18, 0, 0]), 15],
                [new IPv4([198, 51, 100, 0]), 24],
                [new IPv4([203, 0, 113, 0]), 24],
                [new IPv4([240, 0, 0, 0]), 4]
            ],
            // RFC7534, RFC7535
            as112: [
                [new IPv4([192, 175, 48, 0]), 24],
                [new IPv4([192, 31, 196, 0]), 24],
            ],
            // RFC7450
            amt: [
                [new IPv4([192, 52, 193, 0]), 24],
            ],
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv4.prototype.kind = function () {
            return 'ipv4';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv4.prototype.match = function (other, cidrRange) {
            let ref;
            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv4') {
                throw new Error('ipaddr: cannot match ipv4 address with non-ipv4 one');
            }

            return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };

        // returns a number of leading ones in IPv4 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv4.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 8,
                128: 7,
                192: 6,
                224: 5,
                240: 4,
                248: 3,
                252: 2,
                254: 1,
                255: 0
            };
            let i, octet, zeros;

            for (i = 3; i >= 0; i -= 1) {
                octet = this.octets[i];
                if (octet in zerotable) {
                    zeros = zerotable[octet];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 8) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 32 - cidr;
        };

        // Checks if the address corresponds to one of the special ranges.
        IPv4.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv4.prototype.toByteArray = function () {
            return this.octets.slice(0);
        };

        // Converts this IPv4 address to an IPv4-mapped IPv6 address.
        IPv4.prototype.toIPv4MappedAddress = function () {
            return ipaddr.IPv6.parse(`::ffff:${this.toString()}`);
        };

        // Symmetrical method strictly for aligning with the IPv6 methods.
        IPv4.prototype.toNormalizedString = function () {
            return this.toString();
        };

        // Returns the address in convenient, decimal-dotted format.
        IPv4.prototype.toString = function () {
            return this.octets.join('.');
        };

        return IPv4;
    })();

    // A utility function to return broadcast address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.broadcastAddressFromCIDR = function (string) {

        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 4) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv4 address.
    ipaddr.IPv4.isIPv4 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks if a given string is a valid IPv4 address.
    ipaddr.IPv4.isValid = function (string) {
        try {
            new this(this.parser(string));
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv4 address in CIDR notation.
    ipaddr.IPv4.isValidCIDR = function (string) {
        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address.
    ipaddr.IPv4.isValidFourPartDecimal = function (string) {
        if (ipaddr.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
            return true;
        } else {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address with CIDR prefix.
    ipaddr.IPv4.isValidCIDRFourPartDecimal = function (string) {
        const match = string.match(/^(.+)\/(\d+)$/);

        if (!ipaddr.IPv4.isValidCIDR(string) || !match) {
            return false;
        }

        return ipaddr.IPv4.isValidFourPartDecimal(match[1]);
    };

    // A utility function to return network address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 4) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv4 address.
    // Throws an error if it fails.
    ipaddr.IPv4.parse = function (string) {
        const parts = this.parser(string);

        if (parts === null) {
            throw new Error('ipaddr: string is not formatted like an IPv4 Address');
        }

        return new this(parts);
    };

    // Parses the string as an IPv4 Address with CIDR Notation.
    ipaddr.IPv4.parseCIDR = function (string) {
        let match;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            const maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 32) {
                const parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv4 CIDR range');
    };

    // Classful variants (like a.b, where a is an octet, and b is a 24-bit
    // value representing last three octets; this corresponds to a class C
    // address) are omitted due to classless nature of modern Internet.
    ipaddr.IPv4.parser = function (string) {
        let match, part, value;

        // parseInt recognizes all that octal & hexadecimal weirdness for us
        if ((match = string.match(ipv4Regexes.fourOctet))) {
            return (function () {
                const ref = match.slice(1, 6);
                const results = [];

                for (let i = 0; i < ref.length; i++) {
                    part = ref[i];
                    results.push(parseIntAuto(part));
                }

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.longValue))) {
            value = parseIntAuto(match[1]);
            if (value > 0xffffffff || value < 0) {
                throw new Error('ipaddr: address outside defined range');
            }

            return ((function () {
                const results = [];
                let shift;

                for (shift = 0; shift <= 24; shift += 8) {
                    results.push((value >> shift) & 0xff);
                }

                return results;
            })()).reverse();
        } else if ((match = string.match(ipv4Regexes.twoOctet))) {
            return (function () {
                const ref = match.slice(1, 4);
                const results = [];

                value = parseIntAuto(ref[1]);
                if (value > 0xffffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push((value >> 16) & 0xff);
                results.push((value >>  8) & 0xff);
                results.push( value        & 0xff);

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.threeOctet))) {
            return (function () {
                const ref = match.slice(1, 5);
                const results = [];

                value = parseIntAuto(ref[2]);
                if (value > 0xffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push(parseIntAuto(ref[1]));
                results.push((value >> 8) & 0xff);
                results.push( value       & 0xff);

                return results;
            })();
        } else {
            return null;
        }
    };

    // A utility function to return subnet mask in IPv4 format given the prefix length
    ipaddr.IPv4.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
            throw new Error('ipaddr: invalid IPv4 prefix length');
        }

        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 4) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // An IPv6 address (RFC2460)
    ipaddr.IPv6 = (function () {
        // Constructs an IPv6 address from an array of eight 16 - bit parts
        // or sixteen 8 - bit parts in network order(MSB first).
        // Throws an error if the input is invalid.
        function IPv6 (parts, zoneId) {
            let i, part;

            if (parts.length === 16) {
                this.parts = [];
                for (i = 0; i <= 14; i += 2) {
                    this.parts.push((parts[i] << 8) | parts[i + 1]);
                }
            } else if (parts.length === 8) {
                this.parts = parts;
            } else {
                throw new Error('ipaddr: ipv6 part count should be 8 or 16');
            }

            for (i = 0; i < this.parts.length; i++) {
                part = this.parts[i];
                if (!((0 <= part && part <= 0xffff))) {
                    throw new Error('ipaddr: ipv6 part should fit in 16 bits');
                }
            }

            if (zoneId) {
                this.zoneId = zoneId;
            }
        }

        // Special IPv6 ranges
        IPv6.prototype.SpecialRanges = {
            // RFC4291, here and after
            unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
            linkLocal: [new IPv6([0xfe80, 0, 0, 0, 0, 0, 0, 0]), 10],
            multicast: [new IPv6([0xff00, 0, 0, 0, 0, 0, 0, 0]), 8],
            loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
            uniqueLocal: [new IPv6([0xfc00, 0, 0, 0, 0, 0, 0, 0]), 7],
            ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 0xffff, 0, 0]), 96],
            // RFC3879
            deprecatedSiteLocal: [new IPv6([0xfec0, 0, 0, 0, 0, 0, 0, 0]), 10],
            // RFC6666
            discard: [new IPv6([0x100, 0, 0, 0, 0, 0, 0, 0]), 64],
            // RFC6145
            rfc6145: [new IPv6([0, 0, 0, 0, 0xffff, 0, 0, 0]), 96],
            rfc6052: [
                // RFC6052
                [new IPv6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96],
                // RFC8215
                [new IPv6([0x64, 0xff9b, 0x1, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC3056
            '6to4': [new IPv6([0x2002, 0, 0, 0, 0, 0, 0, 0]), 16],
            // RFC6052, RFC6146
            teredo: [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 32],
            // RFC5180
            benchmarking: [new IPv6([0x2001, 0x2, 0, 0, 0, 0, 0, 0]), 48],
            // RFC7450
            amt: [new IPv6([0x2001, 0x3, 0, 0, 0, 0, 0, 0]), 32],
            as112v6: [
                // RFC7535
                [new IPv6([0x2001, 0x4, 0x112, 0, 0, 0, 0, 0]), 48],
                // RFC7534
                [new IPv6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC4843
            deprecatedOrchid: [new IPv6([0x2001, 0x10, 0, 0, 0, 0, 0, 0]), 28],
            // RFC7343
            orchid2: [new IPv6([0x2001, 0x20, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9374
            droneRemoteIdProtocolEntityTags: [new IPv6([0x2001, 0x30, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9602
            segmentRouting: [new IPv6([0x5f00, 0, 0, 0, 0, 0, 0, 0]), 16],
            reserved: [
                // RFC3849
                [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 23],
                // RFC2928
                [new IPv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]), 32],
                // RFC9637
                [new IPv6([0x3fff, 0, 0, 0, 0, 0, 0, 0]), 20],
            ],
        };

        // Checks if this address is an IPv4-mapped IPv6 address.
        IPv6.prototype.isIPv4MappedAddress = function () {
            return this.range() === 'ipv4Mapped';
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv6.prototype.kind = function () {
            return 'ipv6';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv6.prototype.match = function (other, cidrRange) {
            let ref;

            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv6') {
                throw new Error('ipaddr: cannot match ipv6 address with non-ipv6 one');
            }

            return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };

        // returns a number of leading ones in IPv6 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv6.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 16,
                32768: 15,
                49152: 14,
                57344: 13,
                61440: 12,
                63488: 11,
                64512: 10,
                65024: 9,
                65280: 8,
                65408: 7,
                65472: 6,
                65504: 5,
                65520: 4,
                65528: 3,
                65532: 2,
                65534: 1,
                65535: 0
            };
            let part, zeros;

            for (let i = 7; i >= 0; i -= 1) {
                part = this.parts[i];
                if (part in zerotable) {
                    zeros = zerotable[part];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 16) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 128 - cidr;
        };


        // Checks if the address corresponds to one of the special ranges.
        IPv6.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv6.prototype.toByteArray = function () {
            let part;
            const bytes = [];
            const ref = this.parts;
            for (let i = 0; i < ref.length; i++) {
                part = ref[i];
                bytes.push(part >> 8);
                bytes.push(part & 0xff);
            }

            return bytes;
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:0db8:0008:0066:0000:0000:0000:0001
        IPv6.prototype.toFixedLengthString = function () {
            const addr = ((function () {
                const results = [];
                for (let i = 0; i < this.parts.length; i++) {
                    results.push(padPart(this.parts[i].toString(16), 4));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Converts this address to IPv4 address if it is an IPv4-mapped IPv6 address.
        // Throws an error otherwise.
        IPv6.prototype.toIPv4Address = function () {
            if (!this.isIPv4MappedAddress()) {
                throw new Error('ipaddr: trying to convert a generic ipv6 address to ipv4');
            }

            const ref = this.parts.slice(-2);
            const high = ref[0];
            const low = ref[1];

            return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:db8:8:66:0:0:0:1
        //
        // Deprecated: use toFixedLengthString() instead.
        IPv6.prototype.toNormalizedString = function () {
            const addr = ((function () {
                const results = [];

                for (let i = 0; i < this.parts.length; i++) {
                    results.push(this.parts[i].toString(16));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // in line with RFC 5952 (see https://tools.ietf.org/html/rfc5952#section-4)
        IPv6.prototype.toRFC5952String = function () {
            const regex = /((^|:)(0(:|$)){2,})/g;
            // The zone identifier (RFC 4007) is not part of the address; match
            // against the address alone so a trailing zero run right before the
            // "%" suffix still gets compressed (RFC 5952, 4.2.2).
            let suffix = '';
            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }
            const normalized = this.toNormalizedString();
            const string = normalized.slice(0, normalized.length - suffix.length);
            let bestMatchIndex = 0;
            let bestMatchLength = -1;
            let bestMatchGroups = -1;
            let match;

            while ((match = regex.exec(string))) {
                // Compare by the number of zero groups, not the matched length:
                // a run that is not at the start carries a leading ":" in the
                // match, so an equal-length run later in the address would
                // otherwise be preferred over the leftmost one (RFC 5952, 4.2.3).
                const groups = (match[0].match(/0/g) || []).length;
                if (groups > bestMatchGroups) {
                    bestMatchGroups = groups;
                    bestMatchIndex = match.index;
                    bestMatchLength = match[0].length;
                }
            }

            if (bestMatchLength < 0) {
                return string + suffix;
            }

            return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // Calls toRFC5952String under the hood.
        IPv6.prototype.toString = function () {
            return this.toRFC5952String();
        };

        return IPv6;

    })();

    // A utility function to return broadcast address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.broadcastAddressFromCIDR = function (string) {
        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 16) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv6 address.
    ipaddr.IPv6.isIPv6 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks to see if string is a valid IPv6 Address
    ipaddr.IPv6.isValid = function (string) {

        // Since IPv6.isValid is always called first, this shortcut
        // provides a substantial performance gain.
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            const addr = this.parser(string);
            new this(addr.parts, addr.zoneId);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv6 address in CIDR notation.
    ipaddr.IPv6.isValidCIDR = function (string) {

        // See note in IPv6.isValid
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // A utility function to return network address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 16) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv6 address.
    // Throws an error if it fails.
    ipaddr.IPv6.parse = function (string) {
        const addr = this.parser(string);

        if (addr === null) {
            throw new Error('ipaddr: string is not formatted like an IPv6 Address');
        }

        return new this(addr.parts, addr.zoneId);
    };

    ipaddr.IPv6.parseCIDR = function (string) {
        let maskLength, match, parsed;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 128) {
                parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv6 CIDR range');
    };

    // Parse an IPv6 address.
    ipaddr.IPv6.parser = function (string) {
        let addr, i, match, octet, octets, zoneId;

        if ((match = string.match(ipv6Regexes.deprecatedTransitional))) {
            return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
            return expandIPv6(string, 8);
        }
        if ((match = string.match(ipv6Regexes.transitional))) {
            zoneId = match[6] || '';
            addr = match[1]
            if (!match[1].endsWith('::')) {
                addr = addr.slice(0, -1)
            }
            addr = expandIPv6(addr + zoneId, 6);
            if (addr && addr.parts) {
                octets = [
                    parseInt(match[2]),
                    parseInt(match[3]),
                    parseInt(match[4]),
                    parseInt(match[5])
                ];
                for (i = 0; i < octets.length; i++) {
                    octet = octets[i];
                    if (!((0 <= octet && octet <= 255))) {
                        return null;
                    }
                }

                addr.parts.push(octets[0] << 8 | octets[1]);
                addr.parts.push(octets[2] << 8 | octets[3]);
                return {
                    parts: addr.parts,
                    zoneId: addr.zoneId
                };
            }
        }

        return null;
    };

    // A utility function to return subnet mask in IPv6 format given the prefix length
    ipaddr.IPv6.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
            throw new Error('ipaddr: invalid IPv6 prefix length');
        }

        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 16) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // Try to parse an array in network order (MSB first) for IPv4 and IPv6
    ipaddr.fromByteArray = function (bytes) {
        const length = bytes.length;

        if (length === 4) {
            return new ipaddr.IPv4(bytes);
        } else if (length === 16) {
            return new ipaddr.IPv6(bytes);
        } else {
            throw new Error('ipaddr: the binary input is neither an IPv6 nor IPv4 address');
        }
    };

    // Checks if the address is valid IP address
    ipaddr.isValid = function (string) {
        return ipaddr.IPv6.isValid(string) || ipaddr.IPv4.isValid(string);
    };

    // Checks if the address is valid IP address in CIDR notation
    ipaddr.isValidCIDR = function (string) {
        return ipaddr.IPv6.isValidCIDR(string) || ipaddr.IPv4.isValidCIDR(string);
    };


    // Attempts to parse an IP Address, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parse = function (string) {
        if (ipaddr.IPv6.isValid(string)) {
            return ipaddr.IPv6.parse(string);
        } else if (ipaddr.IPv4.isValid(string)) {
            return ipaddr.IPv4.parse(string);
        } else {
            throw new Error('ipaddr: the address has neither IPv6 nor IPv4 format');
        }
    };

    // Attempt to parse CIDR notation, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parseCIDR = function (string) {
        try {
            return ipaddr.IPv6.parseCIDR(string);
        } catch {
            try {
                return ipaddr.IPv4.parseCIDR(string);
            } catch (e) {
                throw new Error('ipaddr: the address has neither IPv6 nor IPv4 CIDR format', { cause: e });
            }
        }
    };

    // Parse an address and return plain IPv4 address if it is an IPv4-mapped address
    ipaddr.process = function (string) {
        const addr = this.parse(string);

        if (addr.kind() === 'ipv6' && addr.isIPv4MappedAddress()) {
            return addr.toIPv4Address();
        } else {
            return addr;
        }
    };

    // An utility function to ease named range matching. See examples below.
    // rangeList can contain both IPv4 and IPv6 subnet entries and will not throw errors
    // on matching IPv4 addresses to IPv6 ranges or vice versa.
    ipaddr.subnetMatch = function (address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;

        if (defaultName === undefined || defaultName === null) {
            defaultName = 'unicast';
        }

        for (rangeName in rangeList) {
            if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
                rangeSubnets = rangeList[rangeName];
                // ECMA5 Array.isArray isn't available everywhere
                if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
                    rangeSubnets = [rangeSubnets];
                }

                for (i = 0; i < rangeSubnets.length; i++) {
                    subnet = rangeSubnets[i];
                    if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                        return rangeName;
                    }
                }
            }
        }

        return defaultName;
    };

    // Export for both the CommonJS and browser-like environment
    if ( true && module.exports) {
        module.exports = ipaddr;

    } else {
        root.ipaddr = ipaddr;
    }

}(this));


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
