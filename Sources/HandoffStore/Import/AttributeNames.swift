/// The attribute names a definition reads, as UTF-8 in one buffer: a row's name is matched by
/// comparing bytes, with nothing copied or retained per row.
struct AttributeNames {
    private var bytes: [UInt8] = []
    private var ranges: [Range<Int>] = []

    var isEmpty: Bool { ranges.isEmpty }

    mutating func append(_ name: String) {
        ranges.append(bytes.count..<(bytes.count + name.utf8.count))
        bytes.append(contentsOf: name.utf8)
    }

    /// The position of `name` among the names, if it is one.
    func index(of name: UnsafeBufferPointer<UInt8>) -> Int? {
        for (index, range) in ranges.enumerated() where range.count == name.count {
            var offset = 0
            while offset < name.count && bytes[range.lowerBound + offset] == name[offset] { offset += 1 }
            if offset == name.count { return index }
        }
        return nil
    }
}
