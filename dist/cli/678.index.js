export const id = 678;
export const ids = [678];
export const modules = {

/***/ 3823:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {




var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)
var DONE = (__webpack_require__(2401)/* .DONE */ .DH)
var FAIL = (__webpack_require__(2401)/* .FAIL */ .vR)
var readLeBe = __webpack_require__(5388)


var S_TIFF_HEADER = 0
var S_IFD_ENTRY_COUNT = 1
var S_IFD_ENTRY = 2


function readUInt16 (data, offset, big_endian) {
  return big_endian ? readLeBe.readUInt16BE(data, offset) : readLeBe.readUInt16LE(data, offset)
}


function readUInt32 (data, offset, big_endian) {
  return big_endian ? readLeBe.readUInt32BE(data, offset) : readLeBe.readUInt32LE(data, offset)
}


function ExifOrientationParser () {
  this.partial_buffer = new Uint8Array(12)
  this.buffered_bytes = 0
  this.bytes_to_skip = 0
  this.entries_left = 0
  this.state = S_TIFF_HEADER
  this.status = NEED_MORE
  this.orientation = 0
  this.big_endian = false
}


// Input starts at the TIFF header, without the container's Exif prefix.
ExifOrientationParser.prototype.push = function (chunk) {
  var chunk_offset = 0

  while (this.status === NEED_MORE && chunk_offset < chunk.length) {
    if (this.bytes_to_skip > 0) {
      var bytes_skipped = Math.min(this.bytes_to_skip, chunk.length - chunk_offset)
      this.bytes_to_skip -= bytes_skipped
      chunk_offset += bytes_skipped
      continue
    }

    var read_size = this.state === S_TIFF_HEADER ? 8 : this.state === S_IFD_ENTRY_COUNT ? 2 : 12
    var read_buffer = chunk
    var read_offset = chunk_offset

    // Copy only fields split across chunks; complete fields are read in place.
    if (this.buffered_bytes > 0 || chunk.length - chunk_offset < read_size) {
      var bytes_to_copy = Math.min(read_size - this.buffered_bytes, chunk.length - chunk_offset)
      for (var i = 0; i < bytes_to_copy; i++) this.partial_buffer[this.buffered_bytes++] = chunk[chunk_offset++]
      if (this.buffered_bytes < read_size) return

      read_buffer = this.partial_buffer
      read_offset = 0
      this.buffered_bytes = 0
    } else {
      chunk_offset += read_size
    }

    switch (this.state) {
      case S_TIFF_HEADER:
        if (read_buffer[read_offset] === 0x49 && read_buffer[read_offset + 1] === 0x49 &&
            read_buffer[read_offset + 2] === 0x2A && read_buffer[read_offset + 3] === 0) {
          this.big_endian = false
        } else if (read_buffer[read_offset] === 0x4D && read_buffer[read_offset + 1] === 0x4D &&
                   read_buffer[read_offset + 2] === 0 && read_buffer[read_offset + 3] === 0x2A) {
          this.big_endian = true
        } else {
          this.status = FAIL
          return
        }

        var ifd0_offset = readUInt32(read_buffer, read_offset + 4, this.big_endian)

        if (ifd0_offset === 0) {
          this.status = DONE
        } else if (ifd0_offset < 8) {
          this.status = FAIL
        } else {
          this.bytes_to_skip = ifd0_offset - 8
          this.state = S_IFD_ENTRY_COUNT
        }
        break

      case S_IFD_ENTRY_COUNT:
        this.entries_left = readUInt16(read_buffer, read_offset, this.big_endian)
        this.state = S_IFD_ENTRY
        if (this.entries_left === 0) this.status = DONE
        break

      case S_IFD_ENTRY:
        if (readUInt16(read_buffer, read_offset, this.big_endian) === 0x0112 &&
            readUInt16(read_buffer, read_offset + 2, this.big_endian) === 3 &&
            readUInt32(read_buffer, read_offset + 4, this.big_endian) === 1) {
          var orientation = readUInt16(read_buffer, read_offset + 8, this.big_endian)

          if (orientation >= 1 && orientation <= 8) {
            this.orientation = orientation
            this.status = DONE
          }
        }

        this.entries_left--
        if (this.entries_left === 0) this.status = DONE
        break
    }
  }
}


ExifOrientationParser.prototype.getStatus = function () {
  return this.status
}


exports.Parser = ExifOrientationParser


/***/ }),

/***/ 3067:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {




var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)
var DONE = (__webpack_require__(2401)/* .DONE */ .DH)
var FAIL = (__webpack_require__(2401)/* .FAIL */ .vR)


var S_MAJOR_BRAND = 0
var S_MINOR_VERSION = 1
var S_COMPATIBLE_BRAND = 2


// ftyp_size excludes the outer box header.
function MiafFtypParser (ftyp_size) {
  this.partial_buffer = new Uint8Array(4)
  this.buffered_bytes = 0
  this.bytes_left = ftyp_size
  this.state = S_MAJOR_BRAND
  this.status = Number.isSafeInteger(ftyp_size) && ftyp_size >= 8 && ftyp_size % 4 === 0 ? NEED_MORE : FAIL
  this.major_brand = ''
  this.compatible_brands = Object.create(null)
}


// Input starts at major_brand. Only fields split across chunks are copied.
MiafFtypParser.prototype.push = function (chunk) {
  if (this.status !== NEED_MORE) return
  var chunk_offset = 0

  while (this.bytes_left > 0 && chunk_offset < chunk.length) {
    var read_buffer = chunk
    var read_offset = chunk_offset

    if (this.buffered_bytes > 0 || chunk.length - chunk_offset < 4) {
      var bytes_to_copy = Math.min(4 - this.buffered_bytes, chunk.length - chunk_offset)
      for (var i = 0; i < bytes_to_copy; i++) this.partial_buffer[this.buffered_bytes++] = chunk[chunk_offset++]
      this.bytes_left -= bytes_to_copy
      if (this.buffered_bytes < 4) return

      read_buffer = this.partial_buffer
      read_offset = 0
      this.buffered_bytes = 0
    } else {
      chunk_offset += 4
      this.bytes_left -= 4
    }

    var brand = String.fromCharCode(
      read_buffer[read_offset], read_buffer[read_offset + 1],
      read_buffer[read_offset + 2], read_buffer[read_offset + 3]
    )

    switch (this.state) {
      case S_MAJOR_BRAND:
        this.major_brand = brand
        this.state = S_MINOR_VERSION
        break

      case S_MINOR_VERSION:
        this.state = S_COMPATIBLE_BRAND
        continue
    }

    // Keep only brands used to select the MIME type, including major_brand.
    switch (brand) {
      case 'mif1':
      case 'msf1':
      case 'miaf':
      case 'avif':
      case 'avis':
      case 'heic':
      case 'heix':
      case 'hevc':
      case 'hevx':
      case 'heis':
        this.compatible_brands[brand] = true
        break
    }
  }

  if (this.bytes_left === 0) this.status = DONE
}


MiafFtypParser.prototype.getStatus = function () {
  return this.status
}


MiafFtypParser.prototype.getResult = function () {
  if (this.status !== DONE) return

  var brand = this.major_brand
  var compat = this.compatible_brands

  if (!compat.mif1 && !compat.msf1 && !compat.miaf) return

  if (brand === 'avif' || brand === 'avis' || brand === 'avio') {
    return { type: 'avif', mime: 'image/avif' }
  }

  if (brand === 'heic' || brand === 'heix') {
    return { type: 'heic', mime: 'image/heic' }
  }

  if (brand === 'hevc' || brand === 'hevx') {
    return { type: 'heic', mime: 'image/heic-sequence' }
  }

  if (compat.avif || compat.avis) {
    return { type: 'avif', mime: 'image/avif' }
  }

  if (compat.heic || compat.heix || compat.hevc || compat.hevx || compat.heis) {
    if (compat.msf1) {
      return { type: 'heif', mime: 'image/heif-sequence' }
    }

    return { type: 'heif', mime: 'image/heif' }
  }

  return { type: 'avif', mime: 'image/avif' }
}


exports.Parser = MiafFtypParser


/***/ }),

/***/ 9501:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {




var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)
var DONE = (__webpack_require__(2401)/* .DONE */ .DH)
var FAIL = (__webpack_require__(2401)/* .FAIL */ .vR)
var readUInt16BE = (__webpack_require__(5388).readUInt16BE)
var readUInt32BE = (__webpack_require__(5388).readUInt32BE)


var MAX_VARIANTS = 100
var MAX_ILOC_ITEMS = 1000

var S_META_HEADER = 0
var S_BOX_HEADER = 1
var S_ISPE = 2
var S_IROT = 3
var S_IMIR = 4
var S_IINF_HEADER = 5
var S_INFE = 6
var S_ILOC_HEADER = 7
var S_ILOC_ITEM = 8
var S_ILOC_EXTENT = 9

var ROTATE_CCW = [0, 6, 5, 8, 7, 4, 3, 2, 1]
var MIRROR_VERT = [0, 4, 3, 2, 1, 6, 5, 8, 7]


function readUIntBE (data, offset, size) {
  var value = 0
  for (var i = 0; i < size; i++) value = value * 256 + data[offset + i]
  return value
}


// meta_size includes version/flags, but excludes the outer box header.
function MiafMetaParser (meta_size) {
  // The two 4-bit iloc field widths can request 15 + 15 bytes.
  this.partial_buffer = new Uint8Array(30)
  this.buffered_bytes = 0
  this.bytes_to_skip = 0
  this.position = 0
  this.box_end = meta_size
  this.containers = [{ type: 'meta', end: meta_size }]
  this.state = S_META_HEADER
  this.read_size = 4
  this.status = Number.isSafeInteger(meta_size) && meta_size >= 4 ? NEED_MORE : FAIL

  this.variants = []
  this.orientation = null
  this.exif_item_id = 0
  this.item_locations = {}

  this.iloc_item_count = 0
  this.items_left = 0
  this.item_id = 0
  this.base_offset = 0
  this.offset_size = 0
  this.length_size = 0
  this.base_offset_size = 0
}


// Input starts at meta's version/flags. Only split fields are copied.
// Recognized paths are meta/iprp/ipco, meta/iinf/infe and meta/iloc;
// other boxes are skipped, so the container stack has at most three entries.
MiafMetaParser.prototype.push = function (chunk) {
  var chunk_offset = 0

  while (this.status === NEED_MORE) {
    if (this.bytes_to_skip > 0) {
      if (chunk_offset === chunk.length) return
      var bytes_skipped = Math.min(this.bytes_to_skip, chunk.length - chunk_offset)
      this.bytes_to_skip -= bytes_skipped
      this.position += bytes_skipped
      chunk_offset += bytes_skipped
      continue
    }

    if (this.state === S_BOX_HEADER && this.buffered_bytes === 0) {
      var container = this.containers[this.containers.length - 1]

      if (this.position === container.end || container.entries_left === 0) {
        this.bytes_to_skip = container.end - this.position
        this.containers.pop()
        if (this.containers.length === 0) this.status = DONE
        continue
      }

      this.box_end = container.end
    }

    if (this.read_size - this.buffered_bytes > this.box_end - this.position) {
      this.status = FAIL
      return
    }

    if (chunk_offset === chunk.length && this.read_size > 0) return

    var read_buffer = chunk
    var read_offset = chunk_offset
    var read_size = this.read_size

    if (this.buffered_bytes > 0 || chunk.length - chunk_offset < read_size) {
      var bytes_to_copy = Math.min(read_size - this.buffered_bytes, chunk.length - chunk_offset)
      for (var i = 0; i < bytes_to_copy; i++) this.partial_buffer[this.buffered_bytes++] = chunk[chunk_offset++]
      this.position += bytes_to_copy
      if (this.buffered_bytes < read_size) return

      read_buffer = this.partial_buffer
      read_offset = 0
      this.buffered_bytes = 0
    } else {
      chunk_offset += read_size
      this.position += read_size
    }

    switch (this.state) {
      case S_META_HEADER:
        this.state = S_BOX_HEADER
        this.read_size = 8
        continue

      case S_BOX_HEADER:
        var box_size = readUInt32BE(read_buffer, read_offset)
        var box_type = String.fromCharCode(
          read_buffer[read_offset + 4], read_buffer[read_offset + 5],
          read_buffer[read_offset + 6], read_buffer[read_offset + 7]
        )
        var parent = this.containers[this.containers.length - 1]

        // Only ordinary 32-bit box sizes are supported.
        if (box_size < 8 || box_size - 8 > parent.end - this.position) {
          this.status = FAIL
          return
        }

        this.box_end = this.position + box_size - 8
        if (parent.type === 'iinf') parent.entries_left--

        switch (parent.type + '/' + box_type) {
          case 'meta/iprp':
          case 'iprp/ipco':
            this.containers.push({ type: box_type, end: this.box_end })
            continue

          case 'ipco/ispe':
            this.state = S_ISPE
            this.read_size = 12
            continue

          case 'ipco/irot':
            this.state = S_IROT
            this.read_size = 1
            continue

          case 'ipco/imir':
            this.state = S_IMIR
            this.read_size = 1
            continue

          case 'meta/iinf':
            this.state = S_IINF_HEADER
            this.read_size = 6
            continue

          case 'iinf/infe':
            this.state = S_INFE
            // Header, "Exif" and its terminator; never retain the whole name.
            this.read_size = Math.min(13, box_size - 8)
            continue

          case 'meta/iloc':
            this.state = S_ILOC_HEADER
            this.read_size = 8
            continue
        }
        break

      case S_ISPE:
        if (this.variants.length >= MAX_VARIANTS) {
          this.status = FAIL
          return
        }
        this.variants.push({
          width: readUInt32BE(read_buffer, read_offset + 4),
          height: readUInt32BE(read_buffer, read_offset + 8)
        })
        break

      case S_IROT:
        this.orientation = this.orientation || 1
        var turns = read_buffer[read_offset] & 3
        for (var turn = 0; turn < turns; turn++) this.orientation = ROTATE_CCW[this.orientation]
        break

      case S_IMIR:
        this.orientation = MIRROR_VERT[this.orientation || 1]
        if (read_buffer[read_offset] & 1) {
          this.orientation = ROTATE_CCW[ROTATE_CCW[this.orientation]]
        }
        break

      case S_IINF_HEADER:
        this.containers.push({
          type: 'iinf',
          end: this.box_end,
          entries_left: readUInt16BE(read_buffer, read_offset + 4)
        })
        this.state = S_BOX_HEADER
        this.read_size = 8
        continue

      case S_INFE:
        if (read_size >= 12 &&
            read_buffer[read_offset + 8] === 0x45 && read_buffer[read_offset + 9] === 0x78 &&
            read_buffer[read_offset + 10] === 0x69 && read_buffer[read_offset + 11] === 0x66 &&
            (read_size === 12 || read_buffer[read_offset + 12] === 0)) {
          this.exif_item_id = readUInt16BE(read_buffer, read_offset + 4)
        }
        break

      case S_ILOC_HEADER:
        this.offset_size = read_buffer[read_offset + 4] >> 4
        this.length_size = read_buffer[read_offset + 4] & 15
        this.base_offset_size = read_buffer[read_offset + 5] >> 4
        this.items_left = readUInt16BE(read_buffer, read_offset + 6)
        this.iloc_item_count += this.items_left
        if (this.iloc_item_count > MAX_ILOC_ITEMS) {
          this.status = FAIL
          return
        }
        if (this.items_left > 0) {
          this.state = S_ILOC_ITEM
          this.read_size = 6 + this.base_offset_size
          continue
        }
        break

      case S_ILOC_ITEM:
        this.item_id = readUInt16BE(read_buffer, read_offset)
        var data_reference_index = readUInt16BE(read_buffer, read_offset + 2)
        this.base_offset = readUIntBE(read_buffer, read_offset + 4, this.base_offset_size)
        var extent_count = readUInt16BE(read_buffer, read_offset + 4 + this.base_offset_size)
        var extent_bytes = extent_count * (this.offset_size + this.length_size)
        this.items_left--

        if (extent_bytes > this.box_end - this.position) {
          this.status = FAIL
          return
        }

        if (data_reference_index === 0 && extent_count === 1) {
          this.state = S_ILOC_EXTENT
          this.read_size = this.offset_size + this.length_size
          continue
        }

        if (this.items_left > 0) {
          this.bytes_to_skip = extent_bytes
          continue
        }
        break

      case S_ILOC_EXTENT:
        this.item_locations[this.item_id] = {
          offset: this.base_offset + readUIntBE(read_buffer, read_offset, this.offset_size),
          length: readUIntBE(read_buffer, read_offset + this.offset_size, this.length_size)
        }
        if (this.items_left > 0) {
          this.state = S_ILOC_ITEM
          this.read_size = 6 + this.base_offset_size
          continue
        }
        break
    }

    this.bytes_to_skip = this.box_end - this.position
    this.state = S_BOX_HEADER
    this.read_size = 8
  }
}


MiafMetaParser.prototype.getStatus = function () {
  return this.status
}


MiafMetaParser.prototype.getResult = function () {
  if (this.status !== DONE || this.variants.length === 0) return

  // Choose the image with the largest single dimension.
  var maxWidthSize = this.variants.reduce(function (a, b) {
    return a.width > b.width || (a.width === b.width && a.height > b.height) ? a : b
  })
  var maxHeightSize = this.variants.reduce(function (a, b) {
    return a.height > b.height || (a.height === b.height && a.width > b.width) ? a : b
  })
  var maxSize = maxHeightSize

  if (maxWidthSize.width > maxHeightSize.height ||
      (maxWidthSize.width === maxHeightSize.height && maxWidthSize.height > maxHeightSize.width)) {
    maxSize = maxWidthSize
  }

  return {
    width: maxSize.width,
    height: maxSize.height,
    orientation: this.orientation,
    variants: this.variants,
    exif_location: this.exif_item_id ? this.item_locations[this.exif_item_id] : null
  }
}


exports.Parser = MiafMetaParser


/***/ }),

/***/ 5388:
/***/ ((__unused_webpack_module, exports) => {




exports.readUInt16LE = function (data, offset) {
  return data[offset] | (data[offset + 1] << 8)
}

exports.readUInt16BE = function (data, offset) {
  return (data[offset] << 8) | data[offset + 1]
}

exports.readInt16LE = function (data, offset) {
  return (exports.readUInt16LE(data, offset) << 16) >> 16
}

exports.readInt16BE = function (data, offset) {
  return (exports.readUInt16BE(data, offset) << 16) >> 16
}

exports.readUInt32LE = function (data, offset) {
  return (data[offset] |
    (data[offset + 1] << 8) |
    (data[offset + 2] << 16)) +
    data[offset + 3] * 0x1000000
}

exports.readUInt32BE = function (data, offset) {
  return data[offset] * 0x1000000 +
    ((data[offset + 1] << 16) |
    (data[offset + 2] << 8) |
    data[offset + 3])
}

exports.readInt32LE = function (data, offset) {
  return exports.readUInt32LE(data, offset) | 0
}

exports.readInt32BE = function (data, offset) {
  return exports.readUInt32BE(data, offset) | 0
}


/***/ }),

/***/ 2401:
/***/ ((__unused_webpack_module, exports) => {




// Shared status codes for incremental parsers.
exports.Jt = 0
exports.DH = 1
exports.vR = 2


exports.rU = function (src, start, dest) {
  for (var i = start, j = 0; j < dest.length;) {
    if (src[i++] !== dest[j++]) return false
  }
  return true
}

exports.VG = function (str, format) {
  var arr = []
  var i = 0

  if (format && format === 'hex') {
    while (i < str.length) {
      arr.push(parseInt(str.slice(i, i + 2), 16))
      i += 2
    }
  } else {
    for (; i < str.length; i++) {
      arr.push(str.charCodeAt(i) & 0xFF)
    }
  }

  return arr
}

function ProbeError (message, code, statusCode) {
  Error.call(this)

  // Include stack trace in error object
  if (Error.captureStackTrace) {
    // Chrome and NodeJS
    Error.captureStackTrace(this, this.constructor)
  } else {
    // FF, IE 10+ and Safari 6+. Fallback for others
    this.stack = (new Error()).stack || ''
  }

  this.name = this.constructor.name

  this.message = message
  if (code) this.code = code
  if (statusCode) this.statusCode = statusCode
}

// Inherit from Error
ProbeError.prototype = Object.create(Error.prototype)
ProbeError.prototype.constructor = ProbeError


exports.B2 = ProbeError


/***/ }),

/***/ 659:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {




var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)
var DONE = (__webpack_require__(2401)/* .DONE */ .DH)
var FAIL = (__webpack_require__(2401)/* .FAIL */ .vR)
var readUInt32BE = (__webpack_require__(5388).readUInt32BE)
var miafFtyp = __webpack_require__(3067)
var miafMeta = __webpack_require__(9501)
var exifOrientation = __webpack_require__(3823)


var S_BOX_HEADER = 0
var S_FTYP = 1
var S_META = 2
var S_EXIF_OFFSET = 3
var S_EXIF_DATA = 4


function MiafParser () {
  this.partial_buffer = new Uint8Array(8)
  this.buffered_bytes = 0
  this.bytes_to_skip = 0
  this.bytes_left = 0
  this.position = 0
  this.state = S_BOX_HEADER
  this.status = NEED_MORE
  this.data_parser = null
  this.file_type = null
  this.result = undefined
}


MiafParser.prototype.push = function (chunk) {
  var chunk_offset = 0

  while (this.status === NEED_MORE && chunk_offset < chunk.length) {
    if (this.bytes_to_skip > 0) {
      var bytes_skipped = Math.min(this.bytes_to_skip, chunk.length - chunk_offset)
      this.bytes_to_skip -= bytes_skipped
      this.position += bytes_skipped
      chunk_offset += bytes_skipped
      continue
    }

    if (this.state === S_FTYP || this.state === S_META || this.state === S_EXIF_DATA) {
      var bytes_to_read = Math.min(this.bytes_left, chunk.length - chunk_offset)
      this.data_parser.push(chunk.subarray(chunk_offset, chunk_offset + bytes_to_read))
      this.bytes_left -= bytes_to_read
      this.position += bytes_to_read
      chunk_offset += bytes_to_read

      if (this.data_parser.getStatus() === NEED_MORE && this.bytes_left > 0) continue

      switch (this.state) {
        case S_FTYP:
          this.file_type = this.data_parser.getResult()
          this.data_parser = null
          if (!this.file_type) {
            this.status = FAIL
            return
          }
          this.state = S_BOX_HEADER
          break

        case S_META:
          var image = this.data_parser.getResult()
          this.data_parser = null
          if (!image) {
            this.status = FAIL
            return
          }

          this.result = {
            width: image.width,
            height: image.height,
            type: this.file_type.type,
            mime: this.file_type.mime,
            wUnits: 'px',
            hUnits: 'px'
          }
          if (image.variants.length > 1) this.result.variants = image.variants
          if (image.orientation) this.result.orientation = image.orientation

          var location = image.exif_location
          // EXIF behind the current position cannot be read from a forward-only stream.
          if (!location || !Number.isSafeInteger(location.offset) || !Number.isSafeInteger(location.length) ||
              !Number.isSafeInteger(location.offset + location.length) ||
              location.offset <= this.position || location.length < 4) {
            this.status = DONE
            return
          }

          this.bytes_to_skip = location.offset - this.position
          this.bytes_left = location.length
          this.state = S_EXIF_OFFSET
          break

        case S_EXIF_DATA:
          if (this.data_parser.orientation > 0) this.result.orientation = this.data_parser.orientation
          this.data_parser = null
          this.status = DONE
          break
      }
      continue
    }

    var read_size = this.state === S_EXIF_OFFSET ? 4 : 8
    var read_buffer = chunk
    var read_offset = chunk_offset

    if (this.buffered_bytes > 0 || chunk.length - chunk_offset < read_size) {
      var bytes_to_copy = Math.min(read_size - this.buffered_bytes, chunk.length - chunk_offset)
      for (var i = 0; i < bytes_to_copy; i++) this.partial_buffer[this.buffered_bytes++] = chunk[chunk_offset++]
      this.position += bytes_to_copy
      if (this.buffered_bytes < read_size) return

      read_buffer = this.partial_buffer
      read_offset = 0
      this.buffered_bytes = 0
    } else {
      chunk_offset += read_size
      this.position += read_size
    }

    switch (this.state) {
      case S_BOX_HEADER:
        var box_size = readUInt32BE(read_buffer, read_offset)
        var box_type = String.fromCharCode(
          read_buffer[read_offset + 4], read_buffer[read_offset + 5],
          read_buffer[read_offset + 6], read_buffer[read_offset + 7]
        )

        // Only ordinary 32-bit box sizes and metadata preceding mdat are supported.
        if (box_size < 8 || !Number.isSafeInteger(this.position + box_size - 8) || box_type === 'mdat') {
          this.status = FAIL
          return
        }

        this.bytes_left = box_size - 8

        if (!this.file_type) {
          if (box_type !== 'ftyp') {
            this.status = FAIL
            return
          }
          this.data_parser = new miafFtyp.Parser(this.bytes_left)
          this.state = S_FTYP
        } else if (box_type === 'meta' && this.bytes_left > 0) {
          this.data_parser = new miafMeta.Parser(this.bytes_left)
          this.state = S_META
        } else {
          this.bytes_to_skip = this.bytes_left
          continue
        }

        if (this.data_parser.getStatus() !== NEED_MORE) this.status = FAIL
        break

      case S_EXIF_OFFSET:
        var tiff_offset = readUInt32BE(read_buffer, read_offset)
        this.bytes_left -= 4

        if (tiff_offset >= this.bytes_left) {
          this.status = DONE
          return
        }

        this.bytes_to_skip = tiff_offset
        this.bytes_left -= tiff_offset
        this.data_parser = new exifOrientation.Parser()
        this.state = S_EXIF_DATA
        break
    }
  }
}


MiafParser.prototype.getStatus = function () {
  return this.status
}


MiafParser.prototype.getResult = function () {
  // Incomplete EXIF does not invalidate dimensions already read from meta.
  return this.result
}


exports.i = MiafParser


/***/ }),

/***/ 4520:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {




var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)
var DONE = (__webpack_require__(2401)/* .DONE */ .DH)
var FAIL = (__webpack_require__(2401)/* .FAIL */ .vR)
var str2arr = (__webpack_require__(2401)/* .str2arr */ .VG)
var sliceEq = (__webpack_require__(2401)/* .sliceEq */ .rU)
var readInt16LE = (__webpack_require__(5388).readInt16LE)
var readInt32LE = (__webpack_require__(5388).readInt32LE)
var readUInt32LE = (__webpack_require__(5388).readUInt32LE)


var SIG_BM = str2arr('BM')



function BmpParser () {
  this.partial_buffer = new Uint8Array(26)
  this.buffered_bytes = 0
  this.status = NEED_MORE
  this.result = undefined
}


BmpParser.prototype.push = function (chunk) {
  if (this.status !== NEED_MORE) return

  var data = chunk
  var read_size = this.partial_buffer.length

  if (this.buffered_bytes > 0 || chunk.length < read_size) {
    var bytes_to_copy = Math.min(read_size - this.buffered_bytes, chunk.length)
    this.partial_buffer.set(chunk.subarray(0, bytes_to_copy), this.buffered_bytes)
    this.buffered_bytes += bytes_to_copy
    if (this.buffered_bytes < read_size) return
    data = this.partial_buffer
  }

  if (!sliceEq(data, 0, SIG_BM)) {
    this.status = FAIL
    return
  }

  var height
  var width
  var header_size = readUInt32LE(data, 14)

  if (header_size === 12) {
    // BMP v2 header
    width = readInt16LE(data, 18)
    height = readInt16LE(data, 20)
  } else if (header_size > 12) {
    // BMP v3+ header
    width = readInt32LE(data, 18)
    height = readInt32LE(data, 22)
  } else {
    this.status = FAIL
    return
  }

  this.result = {
    width: width,
    // Height can be negative to indicate a top-down bitmap
    height: Math.abs(height),
    type: 'bmp',
    mime: 'image/bmp',
    wUnits: 'px',
    hUnits: 'px'
  }
  this.status = DONE
}


BmpParser.prototype.getStatus = function () {
  return this.status
}


BmpParser.prototype.getResult = function () {
  return this.result
}


exports.i = BmpParser


/***/ }),

/***/ 3769:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {




var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)
var DONE = (__webpack_require__(2401)/* .DONE */ .DH)
var FAIL = (__webpack_require__(2401)/* .FAIL */ .vR)
var str2arr = (__webpack_require__(2401)/* .str2arr */ .VG)
var sliceEq = (__webpack_require__(2401)/* .sliceEq */ .rU)
var readUInt16LE = (__webpack_require__(5388).readUInt16LE)


var SIG_GIF87a = str2arr('GIF87a')
var SIG_GIF89a = str2arr('GIF89a')



function GifParser () {
  this.partial_buffer = new Uint8Array(10)
  this.buffered_bytes = 0
  this.status = NEED_MORE
  this.result = undefined
}


GifParser.prototype.push = function (chunk) {
  if (this.status !== NEED_MORE) return

  var data = chunk
  var read_size = this.partial_buffer.length

  if (this.buffered_bytes > 0 || chunk.length < read_size) {
    var bytes_to_copy = Math.min(read_size - this.buffered_bytes, chunk.length)
    this.partial_buffer.set(chunk.subarray(0, bytes_to_copy), this.buffered_bytes)
    this.buffered_bytes += bytes_to_copy
    if (this.buffered_bytes < read_size) return
    data = this.partial_buffer
  }

  if (!sliceEq(data, 0, SIG_GIF87a) && !sliceEq(data, 0, SIG_GIF89a)) {
    this.status = FAIL
    return
  }

  this.result = {
    width: readUInt16LE(data, 6),
    height: readUInt16LE(data, 8),
    type: 'gif',
    mime: 'image/gif',
    wUnits: 'px',
    hUnits: 'px'
  }
  this.status = DONE
}


GifParser.prototype.getStatus = function () {
  return this.status
}


GifParser.prototype.getResult = function () {
  return this.result
}


exports.i = GifParser


/***/ }),

/***/ 5126:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {




var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)
var DONE = (__webpack_require__(2401)/* .DONE */ .DH)
var FAIL = (__webpack_require__(2401)/* .FAIL */ .vR)
var readUInt16LE = (__webpack_require__(5388).readUInt16LE)


var S_HEADER = 0
var S_INDEX_ENTRY = 1

var TYPE_ICO = 1
var INDEX_ENTRY_SIZE = 16


// Format specification:
// https://en.wikipedia.org/wiki/ICO_(file_format)#Icon_resource_structure
function IcoParser () {
  this.partial_buffer = new Uint8Array(INDEX_ENTRY_SIZE)
  this.buffered_bytes = 0
  this.entries_left = 0
  this.variants = []
  this.max_size = { width: 0, height: 0 }
  this.state = S_HEADER
  this.status = NEED_MORE
  this.result = undefined
}


IcoParser.prototype.push = function (chunk) {
  var chunk_offset = 0

  while (this.status === NEED_MORE && chunk_offset < chunk.length) {
    var read_size = this.state === S_HEADER ? 6 : INDEX_ENTRY_SIZE
    var read_buffer = chunk
    var read_offset = chunk_offset

    if (this.buffered_bytes > 0 || chunk.length - chunk_offset < read_size) {
      var bytes_to_copy = Math.min(read_size - this.buffered_bytes, chunk.length - chunk_offset)
      this.partial_buffer.set(chunk.subarray(chunk_offset, chunk_offset + bytes_to_copy), this.buffered_bytes)
      this.buffered_bytes += bytes_to_copy
      chunk_offset += bytes_to_copy
      if (this.buffered_bytes < read_size) return

      read_buffer = this.partial_buffer
      read_offset = 0
      this.buffered_bytes = 0
    } else {
      chunk_offset += read_size
    }

    switch (this.state) {
      case S_HEADER:
        var reserved = readUInt16LE(read_buffer, read_offset)
        var type = readUInt16LE(read_buffer, read_offset + 2)
        this.entries_left = readUInt16LE(read_buffer, read_offset + 4)

        if (reserved !== 0 || type !== TYPE_ICO || this.entries_left === 0) {
          this.status = FAIL
          return
        }

        this.state = S_INDEX_ENTRY
        break

      case S_INDEX_ENTRY:
        var width = read_buffer[read_offset] || 256
        var height = read_buffer[read_offset + 1] || 256
        var size = { width: width, height: height }
        this.variants.push(size)

        if (width > this.max_size.width || height > this.max_size.height) this.max_size = size

        this.entries_left--
        if (this.entries_left === 0) {
          this.result = {
            width: this.max_size.width,
            height: this.max_size.height,
            variants: this.variants,
            type: 'ico',
            mime: 'image/x-icon',
            wUnits: 'px',
            hUnits: 'px'
          }
          this.status = DONE
        }
        break
    }
  }
}


IcoParser.prototype.getStatus = function () {
  return this.status
}


IcoParser.prototype.getResult = function () {
  return this.result
}


exports.i = IcoParser


/***/ }),

/***/ 3657:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {




var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)
var DONE = (__webpack_require__(2401)/* .DONE */ .DH)
var FAIL = (__webpack_require__(2401)/* .FAIL */ .vR)
var readUInt16BE = (__webpack_require__(5388).readUInt16BE)
var str2arr = (__webpack_require__(2401)/* .str2arr */ .VG)
var sliceEq = (__webpack_require__(2401)/* .sliceEq */ .rU)
var exifOrientation = __webpack_require__(3823)


var SIG_JPEG = str2arr('\xFF\xD8\xFF')
var SIG_EXIF = str2arr('Exif\0\0')

var S_SIGNATURE = 0
var S_MARKER_START = 1
var S_MARKER_CODE = 2
var S_SEGMENT_LENGTH = 3
var S_EXIF_SIGNATURE = 4
var S_EXIF_DATA = 5
var S_SOF = 6


function JpegParser () {
  this.partial_buffer = new Uint8Array(6)
  this.buffered_bytes = 0
  this.bytes_to_skip = 0
  this.segment_bytes_left = 0
  this.marker_code = 0
  this.orientation = 0
  this.orientation_parser = null
  this.state = S_SIGNATURE
  this.read_size = 3
  this.status = NEED_MORE
  this.result = undefined
}


JpegParser.prototype.push = function (chunk) {
  var chunk_offset = 0

  while (this.status === NEED_MORE && chunk_offset < chunk.length) {
    if (this.bytes_to_skip > 0) {
      var bytes_skipped = Math.min(this.bytes_to_skip, chunk.length - chunk_offset)
      this.bytes_to_skip -= bytes_skipped
      chunk_offset += bytes_skipped
      continue
    }

    if (this.state === S_EXIF_DATA) {
      var bytes_to_read = Math.min(this.segment_bytes_left, chunk.length - chunk_offset)
      this.orientation_parser.push(chunk.subarray(chunk_offset, chunk_offset + bytes_to_read))
      this.segment_bytes_left -= bytes_to_read
      chunk_offset += bytes_to_read

      if (this.orientation_parser.getStatus() === NEED_MORE && this.segment_bytes_left > 0) continue

      this.orientation = this.orientation_parser.orientation
      this.orientation_parser = null
      // Dimensions follow APP1, so consume the rest of the segment.
      this.bytes_to_skip = this.segment_bytes_left
      this.state = S_MARKER_START
      this.read_size = 1
      continue
    }

    var read_buffer = chunk
    var read_offset = chunk_offset

    if (this.buffered_bytes > 0 || chunk.length - chunk_offset < this.read_size) {
      var bytes_to_copy = Math.min(this.read_size - this.buffered_bytes, chunk.length - chunk_offset)
      this.partial_buffer.set(chunk.subarray(chunk_offset, chunk_offset + bytes_to_copy), this.buffered_bytes)
      this.buffered_bytes += bytes_to_copy
      chunk_offset += bytes_to_copy
      if (this.buffered_bytes < this.read_size) return

      read_buffer = this.partial_buffer
      read_offset = 0
      this.buffered_bytes = 0
    } else {
      chunk_offset += this.read_size
    }

    switch (this.state) {
      case S_SIGNATURE:
        // Require SOI immediately followed by another marker.
        if (!sliceEq(read_buffer, read_offset, SIG_JPEG)) {
          this.status = FAIL
          return
        }

        this.state = S_MARKER_CODE
        this.read_size = 1
        break

      case S_MARKER_START:
        // Tolerate extra bytes between segments, see issue #68.
        if (read_buffer[read_offset] === 0xFF) this.state = S_MARKER_CODE
        break

      case S_MARKER_CODE:
        var code = read_buffer[read_offset]
        if (code === 0xFF) break // Marker padding.

        if (code === 0xD9 /* EOI */ || code === 0xDA /* SOS */) {
          this.status = FAIL
          return
        }

        // Standalone markers have no length or payload.
        if ((code >= 0xD0 && code <= 0xD8) || code === 0x01) {
          this.state = S_MARKER_START
          break
        }

        if (code < 0xC0 || code > 0xFE) {
          this.status = FAIL
          return
        }

        this.marker_code = code
        this.state = S_SEGMENT_LENGTH
        this.read_size = 2
        break

      case S_SEGMENT_LENGTH:
        this.segment_bytes_left = readUInt16BE(read_buffer, read_offset) - 2

        if (this.segment_bytes_left < 0) {
          this.status = FAIL
          return
        }

        if (this.marker_code === 0xE1 && this.segment_bytes_left >= 10) {
          this.state = S_EXIF_SIGNATURE
          this.read_size = 6
        } else if (this.segment_bytes_left >= 5 &&
                   this.marker_code >= 0xC0 && this.marker_code <= 0xCF &&
                   this.marker_code !== 0xC4 && this.marker_code !== 0xC8 && this.marker_code !== 0xCC) {
          this.state = S_SOF
          this.read_size = 5
        } else {
          this.bytes_to_skip = this.segment_bytes_left
          this.state = S_MARKER_START
          this.read_size = 1
        }
        break

      case S_EXIF_SIGNATURE:
        this.segment_bytes_left -= 6
        if (sliceEq(read_buffer, read_offset, SIG_EXIF)) {
          this.orientation_parser = new exifOrientation.Parser()
          this.state = S_EXIF_DATA
        } else {
          this.bytes_to_skip = this.segment_bytes_left
          this.state = S_MARKER_START
          this.read_size = 1
        }
        break

      case S_SOF:
        this.result = {
          width: readUInt16BE(read_buffer, read_offset + 3),
          height: readUInt16BE(read_buffer, read_offset + 1),
          type: 'jpg',
          mime: 'image/jpeg',
          wUnits: 'px',
          hUnits: 'px'
        }
        if (this.orientation > 0) this.result.orientation = this.orientation
        this.status = DONE
        break
    }
  }
}


JpegParser.prototype.getStatus = function () {
  return this.status
}


JpegParser.prototype.getResult = function () {
  return this.result
}


exports.i = JpegParser


/***/ }),

/***/ 2188:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {




var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)
var DONE = (__webpack_require__(2401)/* .DONE */ .DH)
var FAIL = (__webpack_require__(2401)/* .FAIL */ .vR)
var str2arr = (__webpack_require__(2401)/* .str2arr */ .VG)
var sliceEq = (__webpack_require__(2401)/* .sliceEq */ .rU)
var readUInt32BE = (__webpack_require__(5388).readUInt32BE)


var SIG_PNG = str2arr('\x89PNG\r\n\x1a\n')
var SIG_IHDR = str2arr('IHDR')



function PngParser () {
  this.partial_buffer = new Uint8Array(24)
  this.buffered_bytes = 0
  this.status = NEED_MORE
  this.result = undefined
}


PngParser.prototype.push = function (chunk) {
  if (this.status !== NEED_MORE) return

  var data = chunk
  var read_size = this.partial_buffer.length

  if (this.buffered_bytes > 0 || chunk.length < read_size) {
    var bytes_to_copy = Math.min(read_size - this.buffered_bytes, chunk.length)
    this.partial_buffer.set(chunk.subarray(0, bytes_to_copy), this.buffered_bytes)
    this.buffered_bytes += bytes_to_copy
    if (this.buffered_bytes < read_size) return
    data = this.partial_buffer
  }

  if (!sliceEq(data, 0, SIG_PNG)) {
    this.status = FAIL
    return
  }

  // check that first chunk is IHDR
  if (!sliceEq(data, 12, SIG_IHDR)) {
    this.status = FAIL
    return
  }

  this.result = {
    width: readUInt32BE(data, 16),
    height: readUInt32BE(data, 20),
    type: 'png',
    mime: 'image/png',
    wUnits: 'px',
    hUnits: 'px'
  }
  this.status = DONE
}


PngParser.prototype.getStatus = function () {
  return this.status
}


PngParser.prototype.getResult = function () {
  return this.result
}


exports.i = PngParser


/***/ }),

/***/ 5988:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {




var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)
var DONE = (__webpack_require__(2401)/* .DONE */ .DH)
var FAIL = (__webpack_require__(2401)/* .FAIL */ .vR)
var str2arr = (__webpack_require__(2401)/* .str2arr */ .VG)
var sliceEq = (__webpack_require__(2401)/* .sliceEq */ .rU)
var readUInt32BE = (__webpack_require__(5388).readUInt32BE)


var SIG_8BPS = str2arr('8BPS\x00\x01')



function PsdParser () {
  this.partial_buffer = new Uint8Array(22)
  this.buffered_bytes = 0
  this.status = NEED_MORE
  this.result = undefined
}


PsdParser.prototype.push = function (chunk) {
  if (this.status !== NEED_MORE) return

  var data = chunk
  var read_size = this.partial_buffer.length

  if (this.buffered_bytes > 0 || chunk.length < read_size) {
    var bytes_to_copy = Math.min(read_size - this.buffered_bytes, chunk.length)
    this.partial_buffer.set(chunk.subarray(0, bytes_to_copy), this.buffered_bytes)
    this.buffered_bytes += bytes_to_copy
    if (this.buffered_bytes < read_size) return
    data = this.partial_buffer
  }

  if (!sliceEq(data, 0, SIG_8BPS)) {
    this.status = FAIL
    return
  }

  this.result = {
    width: readUInt32BE(data, 18),
    height: readUInt32BE(data, 14),
    type: 'psd',
    mime: 'image/vnd.adobe.photoshop',
    wUnits: 'px',
    hUnits: 'px'
  }
  this.status = DONE
}


PsdParser.prototype.getStatus = function () {
  return this.status
}


PsdParser.prototype.getResult = function () {
  return this.result
}


exports.i = PsdParser


/***/ }),

/***/ 6145:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {




var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)
var DONE = (__webpack_require__(2401)/* .DONE */ .DH)
var FAIL = (__webpack_require__(2401)/* .FAIL */ .vR)


// Parse the XML prolog and the root element of an SVG document.

// max size for pre-svg-tag comments plus svg tag itself
exports.n = 1024 * 10


// prolog ::= XMLDecl? Misc* (doctypedecl Misc*)?, Misc ::= Comment | PI | S
var S_TOP = 0
var S_BOM1 = 1
var S_BOM2 = 2
var S_TOP_LT = 3 // <
var S_TOP_LT_BANG = 4 // <!
var S_TOP_LT_BANG_DASH = 5 // <!-
var S_PI = 6 // <? ... ?>
var S_PI_END = 7 // <? ... ?
var S_COMMENT = 8 // <!-- ... -->
var S_COMMENT_DASH = 9 // <!-- ... -
var S_COMMENT_DASH2 = 10 // <!-- ... --
var S_DOCTYPE = 11 // <!DOCTYPE ... >
var S_SUBSET = 12 // <!DOCTYPE ... [ ... ]
var S_SUBSET_LT = 13 // [ ... <
var S_SUBSET_LT_BANG = 14 // [ ... <!
var S_SUBSET_LT_BANG_DASH = 15 // [ ... <!-
var S_DECL = 16 // <!ENTITY ... >
var S_DQUOTE = 17 // " ... "
var S_SQUOTE = 18 // ' ... '
var S_TAG_NAME = 19 // <svg
var S_TAG = 20 // <svg ... >
var S_TAG_SLASH = 21 // <svg ... />
var S_ATTR_NAME = 22
var S_ATTR_EQ = 23
var S_ATTR_VALUE = 24 // name=
var S_VALUE_DQUOTE = 25 // name=" ... "
var S_VALUE_SQUOTE = 26 // name=' ... '
var S_VALUE_UNQUOTED = 27
var S_VALUE_END = 28


function isSpace (c) {
  return c === 0x20 || c === 0x09 || c === 0x0A || c === 0x0D
}

function isLetter (c) {
  return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
}

function isNameStart (c) {
  return isLetter(c) || c === 0x5F /* _ */ || c === 0x3A /* : */
}

function isNameChar (c) {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2E /* . */ || c === 0x2D /* - */
}

function isUnquoted (c) {
  return c > 0x20 &&
    c !== 0x22 /* " */ && c !== 0x27 /* ' */ && c !== 0x3D /* = */ &&
    c !== 0x3C /* < */ && c !== 0x3E /* > */ && c !== 0x60 /* ` */
}


function toStr (buf, start, end) {
  var str = ''

  for (var i = start; i < end; i++) str += String.fromCharCode(buf[i])

  return str
}


function SvgHeaderParser () {
  this.buf = new Uint8Array(exports.n)
  this.len = 0
  this.pos = 0
  this.start = 0
  this.state = S_TOP
  this.state_stack = []
  this.status = NEED_MORE
  this.attrName = ''
  this.attrs = Object.create(null)
}


SvgHeaderParser.prototype.push = function (data) {
  var buf = this.buf
  var state = this.state
  var state_stack = this.state_stack
  var len = this.len
  var pos = this.pos
  var bytes_to_copy = Math.min(data.length, buf.length - len)
  var c, name

  // 1. We can't rely on buffer features
  // 2. Don't care about UTF16 because ascii is enougth for our goals
  for (var i = 0; i < bytes_to_copy; i++) buf[len + i] = data[i]

  len += bytes_to_copy
  this.len = len

  while (this.status === NEED_MORE && pos < len) {
    c = buf[pos]

    switch (state) {
      case S_TOP:
        if (c === 0x3C /* < */) {
          state_stack.push(state)
          state = S_TOP_LT
        } else if (c === 0xEF && pos === 0) {
          // Skip byte order mark, https://github.com/nodeca/probe-image-size/issues/57
          state_stack.push(state)
          state = S_BOM1
        } else if (!isSpace(c)) {
          this.status = FAIL
        }
        break

      case S_BOM1:
        if (c === 0xBB) state = S_BOM2
        else this.status = FAIL
        break

      case S_BOM2:
        if (c === 0xBF) state = state_stack.pop()
        else this.status = FAIL
        break

      case S_TOP_LT:
        if (c === 0x3F /* ? */) {
          state = S_PI
        } else if (c === 0x21 /* ! */) {
          state = S_TOP_LT_BANG
        } else if (isNameStart(c)) {
          state = S_TAG_NAME
          this.start = pos
        } else {
          this.status = FAIL
        }
        break

      case S_TOP_LT_BANG:
        if (c === 0x2D /* - */) state = S_TOP_LT_BANG_DASH
        else if (isLetter(c)) state = S_DOCTYPE
        else this.status = FAIL
        break

      case S_TOP_LT_BANG_DASH:
        if (c === 0x2D /* - */) state = S_COMMENT
        else this.status = FAIL
        break

      case S_PI:
        if (c === 0x3F /* ? */) state = S_PI_END
        break

      case S_PI_END:
        if (c === 0x3E /* > */) state = state_stack.pop()
        else if (c !== 0x3F /* ? */) state = S_PI
        break

      case S_COMMENT:
        if (c === 0x2D /* - */) state = S_COMMENT_DASH
        break

      case S_COMMENT_DASH:
        state = c === 0x2D /* - */ ? S_COMMENT_DASH2 : S_COMMENT
        break

      case S_COMMENT_DASH2:
        if (c === 0x3E /* > */) state = state_stack.pop()
        else if (c !== 0x2D /* - */) state = S_COMMENT
        break

      case S_DOCTYPE:
        if (c === 0x22 /* " */) {
          state_stack.push(state)
          state = S_DQUOTE
        } else if (c === 0x27 /* ' */) {
          state_stack.push(state)
          state = S_SQUOTE
        } else if (c === 0x5B /* [ */) {
          state_stack.push(state)
          state = S_SUBSET
        } else if (c === 0x3E /* > */) {
          state = state_stack.pop()
        }
        break

      case S_SUBSET:
        if (c === 0x5D /* ] */) {
          state = state_stack.pop()
        } else if (c === 0x3C /* < */) {
          state_stack.push(state)
          state = S_SUBSET_LT
        }
        break

      case S_SUBSET_LT:
        if (c === 0x3F /* ? */) state = S_PI
        else if (c === 0x21 /* ! */) state = S_SUBSET_LT_BANG
        else this.status = FAIL
        break

      case S_SUBSET_LT_BANG:
        if (c === 0x2D /* - */) state = S_SUBSET_LT_BANG_DASH
        else if (isLetter(c)) state = S_DECL
        else this.status = FAIL
        break

      case S_SUBSET_LT_BANG_DASH:
        if (c === 0x2D /* - */) state = S_COMMENT
        else this.status = FAIL
        break

      case S_DECL:
        if (c === 0x22 /* " */) {
          state_stack.push(state)
          state = S_DQUOTE
        } else if (c === 0x27 /* ' */) {
          state_stack.push(state)
          state = S_SQUOTE
        } else if (c === 0x3E /* > */) {
          state = state_stack.pop()
        }
        break

      case S_DQUOTE:
        if (c === 0x22 /* " */) state = state_stack.pop()
        break

      case S_SQUOTE:
        if (c === 0x27 /* ' */) state = state_stack.pop()
        break

      case S_TAG_NAME:
        if (isNameChar(c)) break

        name = toStr(buf, this.start, pos)

        // top level element must be svg (with optional namespace prefix),
        // used to skip svg embedded in html
        if (name !== 'svg' && name.slice(-4) !== ':svg') {
          this.status = FAIL
          break
        }

        state = S_TAG
        continue

      case S_TAG:
        if (c === 0x3E /* > */) {
          this.status = DONE
        } else if (c === 0x2F /* / */) {
          state = S_TAG_SLASH
        } else if (isNameStart(c)) {
          state = S_ATTR_NAME
          this.start = pos
        } else if (!isSpace(c)) {
          this.status = FAIL
        }
        break

      case S_TAG_SLASH:
        this.status = c === 0x3E /* > */ ? DONE : FAIL
        break

      case S_ATTR_NAME:
        if (isNameChar(c)) break

        this.attrName = toStr(buf, this.start, pos)
        state = S_ATTR_EQ
        continue

      case S_ATTR_EQ:
        if (isSpace(c)) break

        if (c === 0x3D /* = */) {
          state = S_ATTR_VALUE
          break
        }

        this.attrs[this.attrName] = ''
        state = S_TAG
        continue

      case S_ATTR_VALUE:
        if (c === 0x22 /* " */) {
          state = S_VALUE_DQUOTE
          this.start = pos + 1
        } else if (c === 0x27 /* ' */) {
          state = S_VALUE_SQUOTE
          this.start = pos + 1
        } else if (isUnquoted(c)) {
          state = S_VALUE_UNQUOTED
          this.start = pos
        } else if (!isSpace(c)) {
          this.status = FAIL
        }
        break

      case S_VALUE_DQUOTE:
        if (c !== 0x22 /* " */) break

        this.attrs[this.attrName] = toStr(buf, this.start, pos)
        state = S_VALUE_END
        break

      case S_VALUE_SQUOTE:
        if (c !== 0x27 /* ' */) break

        this.attrs[this.attrName] = toStr(buf, this.start, pos)
        state = S_VALUE_END
        break

      case S_VALUE_END:
        if (isSpace(c) || c === 0x3E /* > */ || c === 0x2F /* / */) {
          state = S_TAG
          continue
        }

        this.status = FAIL
        break

      case S_VALUE_UNQUOTED:
        if (isUnquoted(c)) break

        this.attrs[this.attrName] = toStr(buf, this.start, pos)
        state = S_TAG
        continue
    }

    pos++
  }

  this.pos = pos
  this.state = state

  if (this.status === NEED_MORE && len === buf.length) this.status = FAIL
}


SvgHeaderParser.prototype.getStatus = function () {
  return this.status
}


var SVG_UNITS_RE = /in$|mm$|cm$|pt$|pc$|px$|em$|ex$/


// Filter NaN, Infinity, < 0
function isFinitePositive (val) {
  return typeof val === 'number' && isFinite(val) && val > 0
}


function units (str) {
  // all units are 2 chars long, no need to scan the whole value
  var suffix = str.slice(-2)

  var m = suffix.match(SVG_UNITS_RE)

  return m === null ? 'px' : m[0]
}


// Returns { width, height, type, mime, wUnits, hUnits } or undefined
//
SvgHeaderParser.prototype.getResult = function () {
  if (this.status !== DONE) return

  var attrs = this.attrs
  var wAttr = attrs.width || ''
  var hAttr = attrs.height || ''
  var vbAttr = attrs.viewBox || attrs.viewbox || ''

  // percentages are relative to the viewport, we can't resolve those
  if (wAttr.indexOf('%') !== -1) wAttr = ''
  if (hAttr.indexOf('%') !== -1) hAttr = ''

  var width = parseFloat(wAttr)
  var height = parseFloat(hAttr)

  // Extract from direct values

  if (wAttr && hAttr) {
    if (!isFinitePositive(width) || !isFinitePositive(height)) return

    return {
      width: width,
      height: height,
      type: 'svg',
      mime: 'image/svg+xml',
      wUnits: units(wAttr),
      hUnits: units(hAttr)
    }
  }

  // Extract from viewbox

  var parts = vbAttr.trim().split(/[\s,]+/)
  var vbWidth = parseFloat(parts[2])
  var vbHeight = parseFloat(parts[3])

  if (!isFinitePositive(vbWidth) || !isFinitePositive(vbHeight)) return
  if (units(parts[2]) !== units(parts[3])) return

  var ratio = vbWidth / vbHeight

  if (wAttr) {
    if (!isFinitePositive(width)) return

    return {
      width: width,
      height: width / ratio,
      type: 'svg',
      mime: 'image/svg+xml',
      wUnits: units(wAttr),
      hUnits: units(wAttr)
    }
  }

  if (hAttr) {
    if (!isFinitePositive(height)) return

    return {
      width: height * ratio,
      height: height,
      type: 'svg',
      mime: 'image/svg+xml',
      wUnits: units(hAttr),
      hUnits: units(hAttr)
    }
  }

  return {
    width: vbWidth,
    height: vbHeight,
    type: 'svg',
    mime: 'image/svg+xml',
    wUnits: units(parts[2]),
    hUnits: units(parts[3])
  }
}


exports.i = SvgHeaderParser


/***/ }),

/***/ 3980:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {




var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)
var DONE = (__webpack_require__(2401)/* .DONE */ .DH)
var FAIL = (__webpack_require__(2401)/* .FAIL */ .vR)
var str2arr = (__webpack_require__(2401)/* .str2arr */ .VG)
var sliceEq = (__webpack_require__(2401)/* .sliceEq */ .rU)
var readLeBe = __webpack_require__(5388)


var SIG_LE = str2arr('II\x2A\0')
var SIG_BE = str2arr('MM\0\x2A')

var S_HEADER = 0
var S_IFD_ENTRY_COUNT = 1
var S_IFD_ENTRY = 2


function readUInt16 (data, offset, big_endian) {
  return big_endian ? readLeBe.readUInt16BE(data, offset) : readLeBe.readUInt16LE(data, offset)
}


function readUInt32 (data, offset, big_endian) {
  return big_endian ? readLeBe.readUInt32BE(data, offset) : readLeBe.readUInt32LE(data, offset)
}


function readIFDValue (data, offset, big_endian) {
  var type = readUInt16(data, offset + 2, big_endian)
  var value_count = readUInt32(data, offset + 4, big_endian)

  if (value_count !== 1 || (type !== 3 && type !== 4)) return null

  return type === 3 ? readUInt16(data, offset + 8, big_endian) : readUInt32(data, offset + 8, big_endian)
}


function TiffParser () {
  this.partial_buffer = new Uint8Array(12)
  this.buffered_bytes = 0
  this.bytes_to_skip = 0
  this.entries_left = 0
  this.big_endian = false
  this.width = 0
  this.height = 0
  this.state = S_HEADER
  this.status = NEED_MORE
  this.result = undefined
}


TiffParser.prototype.push = function (chunk) {
  var chunk_offset = 0

  while (this.status === NEED_MORE && chunk_offset < chunk.length) {
    if (this.bytes_to_skip > 0) {
      var bytes_skipped = Math.min(this.bytes_to_skip, chunk.length - chunk_offset)
      this.bytes_to_skip -= bytes_skipped
      chunk_offset += bytes_skipped
      continue
    }

    var read_size = this.state === S_HEADER ? 8 : this.state === S_IFD_ENTRY_COUNT ? 2 : 12
    var read_buffer = chunk
    var read_offset = chunk_offset

    if (this.buffered_bytes > 0 || chunk.length - chunk_offset < read_size) {
      var bytes_to_copy = Math.min(read_size - this.buffered_bytes, chunk.length - chunk_offset)
      this.partial_buffer.set(chunk.subarray(chunk_offset, chunk_offset + bytes_to_copy), this.buffered_bytes)
      this.buffered_bytes += bytes_to_copy
      chunk_offset += bytes_to_copy
      if (this.buffered_bytes < read_size) return

      read_buffer = this.partial_buffer
      read_offset = 0
      this.buffered_bytes = 0
    } else {
      chunk_offset += read_size
    }

    switch (this.state) {
      case S_HEADER:
        if (!sliceEq(read_buffer, read_offset, SIG_LE) && !sliceEq(read_buffer, read_offset, SIG_BE)) {
          this.status = FAIL
          return
        }

        this.big_endian = read_buffer[read_offset] === 0x4D
        var ifd_offset = readUInt32(read_buffer, read_offset + 4, this.big_endian)

        if (ifd_offset < 8) {
          this.status = FAIL
          return
        }

        this.bytes_to_skip = ifd_offset - 8
        this.state = S_IFD_ENTRY_COUNT
        break

      case S_IFD_ENTRY_COUNT:
        this.entries_left = readUInt16(read_buffer, read_offset, this.big_endian)

        if (this.entries_left === 0) {
          this.status = FAIL
          return
        }

        this.state = S_IFD_ENTRY
        break

      case S_IFD_ENTRY:
        var tag = readUInt16(read_buffer, read_offset, this.big_endian)

        if (tag === 256) {
          this.width = readIFDValue(read_buffer, read_offset, this.big_endian)
        } else if (tag === 257) {
          this.height = readIFDValue(read_buffer, read_offset, this.big_endian)
        }

        this.entries_left--
        if (this.entries_left === 0) {
          if (!this.width || !this.height) {
            this.status = FAIL
            return
          }

          this.result = {
            width: this.width,
            height: this.height,
            type: 'tiff',
            mime: 'image/tiff',
            wUnits: 'px',
            hUnits: 'px'
          }
          this.status = DONE
        }
        break
    }
  }
}


TiffParser.prototype.getStatus = function () {
  return this.status
}


TiffParser.prototype.getResult = function () {
  return this.result
}


exports.i = TiffParser


/***/ }),

/***/ 6421:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {




var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)
var DONE = (__webpack_require__(2401)/* .DONE */ .DH)
var FAIL = (__webpack_require__(2401)/* .FAIL */ .vR)
var str2arr = (__webpack_require__(2401)/* .str2arr */ .VG)
var sliceEq = (__webpack_require__(2401)/* .sliceEq */ .rU)
var readUInt16LE = (__webpack_require__(5388).readUInt16LE)
var readUInt32LE = (__webpack_require__(5388).readUInt32LE)
var exifOrientation = __webpack_require__(3823)


var SIG_RIFF = str2arr('RIFF')
var SIG_WEBP = str2arr('WEBP')


function parseVP8 (data, offset) {
  if (data[offset + 3] !== 0x9D || data[offset + 4] !== 0x01 || data[offset + 5] !== 0x2A) {
    // bad code block signature
    return
  }

  return {
    width: readUInt16LE(data, offset + 6) & 0x3FFF,
    height: readUInt16LE(data, offset + 8) & 0x3FFF,
    type: 'webp',
    mime: 'image/webp',
    wUnits: 'px',
    hUnits: 'px'
  }
}


function parseVP8L (data, offset) {
  if (data[offset] !== 0x2F) return

  var bits = readUInt32LE(data, offset + 1)

  return {
    width: (bits & 0x3FFF) + 1,
    height: ((bits >> 14) & 0x3FFF) + 1,
    type: 'webp',
    mime: 'image/webp',
    wUnits: 'px',
    hUnits: 'px'
  }
}


function parseVP8X (data, offset) {
  return {
    width: ((data[offset + 6] << 16) | (data[offset + 5] << 8) | data[offset + 4]) + 1,
    height: ((data[offset + 9] << 16) | (data[offset + 8] << 8) | data[offset + 7]) + 1,
    type: 'webp',
    mime: 'image/webp',
    wUnits: 'px',
    hUnits: 'px'
  }
}


var S_RIFF_HEADER = 0
var S_CHUNK_HEADER = 1
var S_VP8 = 2
var S_VP8L = 3
var S_VP8X = 4
var S_EXIF_DATA = 5


function WebpParser () {
  this.partial_buffer = new Uint8Array(12)
  this.buffered_bytes = 0
  this.bytes_to_skip = 0
  this.chunk_bytes_left = 0
  this.position = 0
  this.file_end = 0
  this.orientation_parser = null
  this.state = S_RIFF_HEADER
  this.read_size = 12
  this.status = NEED_MORE
  this.result = undefined
}


WebpParser.prototype.push = function (chunk) {
  var chunk_offset = 0

  while (this.status === NEED_MORE) {
    if (this.bytes_to_skip > 0) {
      if (chunk_offset === chunk.length) return
      var bytes_skipped = Math.min(this.bytes_to_skip, chunk.length - chunk_offset)
      this.bytes_to_skip -= bytes_skipped
      this.position += bytes_skipped
      chunk_offset += bytes_skipped
      continue
    }

    if (this.state === S_CHUNK_HEADER && this.buffered_bytes === 0) {
      // Skip zero padding between RIFF chunks.
      while (chunk_offset < chunk.length && chunk[chunk_offset] === 0 && this.position + 8 < this.file_end) {
        chunk_offset++
        this.position++
      }

      if (this.position + 8 >= this.file_end) {
        this.status = this.result ? DONE : FAIL
        return
      }
    }

    if (chunk_offset === chunk.length) return

    if (this.state === S_EXIF_DATA) {
      var bytes_to_read = Math.min(this.chunk_bytes_left, chunk.length - chunk_offset)
      this.orientation_parser.push(chunk.subarray(chunk_offset, chunk_offset + bytes_to_read))
      this.chunk_bytes_left -= bytes_to_read
      this.position += bytes_to_read
      chunk_offset += bytes_to_read

      if (this.orientation_parser.getStatus() === NEED_MORE && this.chunk_bytes_left > 0) continue

      if (this.result && this.orientation_parser.orientation > 0) {
        this.result.orientation = this.orientation_parser.orientation
      }
      this.orientation_parser = null
      // EXIF is the last chunk needed for the result.
      this.status = this.result ? DONE : FAIL
      return
    }

    var read_buffer = chunk
    var read_offset = chunk_offset

    if (this.buffered_bytes > 0 || chunk.length - chunk_offset < this.read_size) {
      var bytes_to_copy = Math.min(this.read_size - this.buffered_bytes, chunk.length - chunk_offset)
      this.partial_buffer.set(chunk.subarray(chunk_offset, chunk_offset + bytes_to_copy), this.buffered_bytes)
      this.buffered_bytes += bytes_to_copy
      this.position += bytes_to_copy
      chunk_offset += bytes_to_copy
      if (this.buffered_bytes < this.read_size) return

      read_buffer = this.partial_buffer
      read_offset = 0
      this.buffered_bytes = 0
    } else {
      chunk_offset += this.read_size
      this.position += this.read_size
    }

    switch (this.state) {
      case S_RIFF_HEADER:
        if (!sliceEq(read_buffer, read_offset, SIG_RIFF) || !sliceEq(read_buffer, read_offset + 8, SIG_WEBP)) {
          this.status = FAIL
          return
        }

        this.file_end = readUInt32LE(read_buffer, read_offset + 4) + 8
        this.state = S_CHUNK_HEADER
        this.read_size = 8
        continue

      case S_CHUNK_HEADER:
        var type = String.fromCharCode(
          read_buffer[read_offset], read_buffer[read_offset + 1],
          read_buffer[read_offset + 2], read_buffer[read_offset + 3]
        )
        this.chunk_bytes_left = readUInt32LE(read_buffer, read_offset + 4)

        if (type === 'VP8 ' && this.chunk_bytes_left >= 10) {
          this.state = S_VP8
          this.read_size = 10
        } else if (type === 'VP8L' && this.chunk_bytes_left >= 5) {
          this.state = S_VP8L
          this.read_size = 5
        } else if (type === 'VP8X' && this.chunk_bytes_left >= 10) {
          this.state = S_VP8X
          this.read_size = 10
        } else if (type === 'EXIF' && this.chunk_bytes_left >= 4) {
          this.orientation_parser = new exifOrientation.Parser()
          this.state = S_EXIF_DATA
        } else {
          this.bytes_to_skip = this.chunk_bytes_left
        }
        continue

      case S_VP8:
        this.result = this.result || parseVP8(read_buffer, read_offset)
        break

      case S_VP8L:
        this.result = this.result || parseVP8L(read_buffer, read_offset)
        break

      case S_VP8X:
        this.result = this.result || parseVP8X(read_buffer, read_offset)
        break
    }

    this.bytes_to_skip = this.chunk_bytes_left - this.read_size
    this.state = S_CHUNK_HEADER
    this.read_size = 8
  }
}


WebpParser.prototype.getStatus = function () {
  return this.status
}


WebpParser.prototype.getResult = function () {
  if (this.status === DONE) return this.result
}


exports.i = WebpParser


/***/ }),

/***/ 5727:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {




var Transform = (__webpack_require__(2203).Transform)
var NEED_MORE = (__webpack_require__(2401)/* .NEED_MORE */ .Jt)


function wrapParser (Parser) {
  return function () {
    var parser = new Parser()

    return new Transform({
      readableObjectMode: true,
      transform: function (chunk, encoding, next) {
        if (parser.getStatus() === NEED_MORE) {
          parser.push(chunk)

          if (parser.getStatus() !== NEED_MORE) {
            var result = parser.getResult()
            if (result) this.push(result)
            this.push(null)
          }
        }

        next()
      },
      flush: function (next) {
        if (parser.getStatus() === NEED_MORE) {
          var result = parser.getResult()
          if (result) this.push(result)
        }
        next()
      }
    })
  }
}


module.exports = {
  avif: wrapParser((__webpack_require__(659)/* .Parser */ .i)),
  bmp: wrapParser((__webpack_require__(4520)/* .Parser */ .i)),
  gif: wrapParser((__webpack_require__(3769)/* .Parser */ .i)),
  ico: wrapParser((__webpack_require__(5126)/* .Parser */ .i)),
  jpeg: wrapParser((__webpack_require__(3657)/* .Parser */ .i)),
  png: wrapParser((__webpack_require__(2188)/* .Parser */ .i)),
  psd: wrapParser((__webpack_require__(5988)/* .Parser */ .i)),
  svg: wrapParser((__webpack_require__(6145)/* .Parser */ .i)),
  tiff: wrapParser((__webpack_require__(3980)/* .Parser */ .i)),
  webp: wrapParser((__webpack_require__(6421)/* .Parser */ .i))
}


/***/ }),

/***/ 8678:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {




var ProbeError = (__webpack_require__(2401)/* .ProbeError */ .B2)
var parsers = __webpack_require__(5727)
var PassThrough = (__webpack_require__(2203).PassThrough)
var pipeline = (__webpack_require__(2203).pipeline)


module.exports = function probeStream (src, keepOpen) {
  var proxy = new PassThrough()

  // increase max number of listeners to stop memory leak warning
  proxy.setMaxListeners(Object.keys(parsers).length + 10)

  var result = new Promise(function (resolve, reject) {
    src.on('error', reject)
    proxy.on('error', reject)

    var alive_parsers = []
    var last_error

    function parserEnd (err) {
      var idx = alive_parsers.indexOf(this)

      /* istanbul ignore if */
      if (idx < 0) return

      /* istanbul ignore if */
      if (err) last_error = err

      proxy.unpipe(this)
      this.removeAllListeners()
      alive_parsers.splice(idx, 1)

      if (alive_parsers.length) return

      // if all parsers finished without success -> fail.
      reject(last_error || new ProbeError('unrecognized file format', 'ECONTENT'))
    }

    Object.keys(parsers).forEach(function (type) {
      var pStream = parsers[type]()

      alive_parsers.push(pStream)

      pStream.once('data', function (data) {
        if (data.width > 0 && data.height > 0) {
          resolve(data)
          return
        }

        // Manually finish parser to get standars "unrecognized" error.
        parserEnd.call(pStream)
      })
      pStream.once('end', parserEnd)
      // User does not need to know that something wrong in parser
      // Process error the same was unrecognized format (end without data)
      pStream.on('error', parserEnd)

      proxy.pipe(pStream)
    })
  })

  function cleanup () {
    // request stream doesn't have unpipe, https://github.com/request/request/issues/874
    if (keepOpen && typeof src.unpipe === 'function') src.unpipe(proxy)
    proxy.destroy()
  }

  result.then(cleanup).catch(cleanup)

  if (keepOpen) src.pipe(proxy)
  else pipeline(src, proxy, function () {})

  return result
}


module.exports.parsers = parsers


/***/ })

};
