/// Text as the history's canonical records take it (see `HistoryRecord`): a Swift string where an
/// event is written, the bytes SQLite stored where a check reads it back, so that the check hashes
/// exactly what the file holds and allocates nothing per field.
public protocol HistoryText {
    /// Appends the UTF-8 bytes with `\` written `\\` and a line feed written `\n`.
    func appendEscaped(to buffer: inout [UInt8])
}

extension HistoryText {
    @inlinable
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case 0x5C: buffer.append(0x5C); buffer.append(0x5C)
            case 0x0A: buffer.append(0x5C); buffer.append(0x6E)
            default: buffer.append(byte)
            }
        }
    }
}

extension String: HistoryText {
    @inlinable
    public func appendEscaped(to buffer: inout [UInt8]) {
        var text = self
        text.withUTF8 { String.appendEscaped($0, to: &buffer) }
    }
}

extension UnsafeBufferPointer: HistoryText where Element == UInt8 {
    @inlinable
    public func appendEscaped(to buffer: inout [UInt8]) {
        UnsafeBufferPointer.appendEscaped(self, to: &buffer)
    }
}
