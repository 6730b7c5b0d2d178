import HandoffCore

/// Draws a form: one line per field, the focused one with a cursor, refusals in red beside them.
enum FormView {
    static func draw(into buffer: inout ScreenBuffer, form: FormState, strings: Strings, glyphs: Glyphs) {
        let labelWidth = min(18, (form.fields.map { TerminalText.width($0.label) }.max() ?? 0) + 2)
        let width = min(buffer.width - 2, 84)
        // A message for the whole form (a conflict says who changed what) is shown whole, wrapped.
        let messageLines = form.message.map { TerminalText.wrap($0, to: max(10, width - 4)) } ?? []
        // What the form asks, whole, above the fields.
        let noteLines =
            form.note.map { note in note.split(separator: "\n").flatMap { TerminalText.wrap(String($0), to: max(10, width - 4)) } } ?? []
        let noteRows = noteLines.isEmpty ? 0 : noteLines.count + 1
        let height = min(buffer.height - 2, form.fields.count * 2 + 4 + max(1, messageLines.count) + noteRows)
        let x = (buffer.width - width) / 2
        let y = max(1, (buffer.height - height) / 2)
        let border = Style(.accent, bold: true)
        buffer.fill(Rect(x: x, y: y, width: width, height: height))
        buffer.put(glyphs.topLeft + String(repeating: glyphs.horizontal, count: width - 2) + glyphs.topRight, x: x, y: y, style: border)
        buffer.put(
            glyphs.bottomLeft + String(repeating: glyphs.horizontal, count: width - 2) + glyphs.bottomRight, x: x, y: y + height - 1,
            style: border)
        for row in (y + 1)..<(y + height - 1) {
            buffer.put(glyphs.vertical, x: x, y: row, style: border)
            buffer.put(glyphs.vertical, x: x + width - 1, y: row, style: border)
        }
        buffer.put(" \(form.title) ", x: x + 2, y: y, style: Style(.title, bold: true), maxWidth: width - 4)
        let hint = strings(form.fields.count > 1 ? .formHintFields : .formHintSingle)
        buffer.put(" \(hint) ", x: x + 2, y: y + height - 1, style: Style(.muted), maxWidth: width - 4)
        let inputWidth = max(4, width - 4 - labelWidth)
        for (offset, line) in noteLines.enumerated() where y + 1 + offset < y + height - 1 {
            buffer.putFitted(line, x: x + 2, y: y + 1 + offset, width: width - 4, style: Style(.normal))
        }
        for (index, field) in form.fields.enumerated() {
            let row = y + 1 + noteRows + index * 2
            guard row < y + height - 1 else { break }
            let focused = index == form.focus
            buffer.putFitted(field.label, x: x + 2, y: row, width: labelWidth, style: Style(focused ? .title : .muted, bold: focused))
            var shown: String
            if field.isChoice {
                let choice = field.choices[field.choiceIndex]
                shown = "\(glyphs.choiceLeft) \(choice.label) \(glyphs.choiceRight)"
            } else {
                // Keep the end of long input in view, where the cursor is.
                shown = TerminalText.suffix(field.value, fitting: inputWidth - 1)
                if focused { shown += glyphs.cursor }
            }
            if focused && form.selectsAll && !field.isChoice {
                // Selected text, as a text box shows it: what typing will replace.
                buffer.putFitted("", x: x + 2 + labelWidth, y: row, width: inputWidth, style: Style(.normal, underline: true))
                buffer.put(
                    TerminalText.suffix(field.value, fitting: inputWidth - 1), x: x + 2 + labelWidth, y: row,
                    style: Style(.selected, reverse: true),
                    maxWidth: inputWidth)
            } else {
                buffer.putFitted(
                    shown, x: x + 2 + labelWidth, y: row, width: inputWidth, style: Style(focused ? .normal : .muted, underline: focused))
            }
            if let error = field.error {
                buffer.putFitted("  " + error, x: x + 2 + labelWidth, y: row + 1, width: inputWidth, style: Style(.danger, bold: true))
            }
        }
        let messageTop = y + height - 1 - max(1, messageLines.count)
        for (offset, line) in messageLines.enumerated() where messageTop + offset < y + height - 1 {
            buffer.putFitted(line, x: x + 2, y: messageTop + offset, width: width - 4, style: Style(.danger, bold: true))
        }
    }
}
