/// Splits RFC 4180 CSV text into records of fields, keeping each record's first line number.
enum CSVRecords {
    struct Record {
        var fields: [String]
        var line: Int
    }

    static func parse(_ bytes: [UInt8]) throws(MappingFileError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = 0
        var quoted = false
        var afterQuote = false

        func finishField() throws(MappingFileError) {
            guard let text = String(validating: field, as: UTF8.self) else { throw .invalidUTF8(line: line) }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            afterQuote = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if byte == 0x0a { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                try finishField()
            case 0x0a:
                try finishField()
                records.append(Record(fields: fields, line: recordLine))
                fields.removeAll()
                line += 1
                recordLine = line
            case 0x0d where index < bytes.count && bytes[index] == 0x0a:
                continue
            case UInt8(ascii: "\"") where field.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) && !afterQuote:
                field.removeAll()
                quoted = true
            default:
                if afterQuote && byte != 0x20 && byte != 0x09 { throw .textAfterQuote(line: line) }
                if !afterQuote { field.append(byte) }
            }
        }
        if quoted { throw .unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty || afterQuote {
            try finishField()
            records.append(Record(fields: fields, line: recordLine))
        }
        return records
    }
}
