export const id = 964;
export const ids = [964];
export const modules = {

/***/ 6964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refusalOf: () => (/* binding */ refusalOf),
/* harmony export */   t: () => (/* binding */ isIpLiteral)
/* harmony export */ });
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);

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


/***/ })

};
