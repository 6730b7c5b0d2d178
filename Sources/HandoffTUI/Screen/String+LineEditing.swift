extension String {
    /// What Ctrl-W leaves, as in a shell: the spaces at the end, then the word before them, gone.
    func droppingLastWord() -> String {
        var text = Substring(self)
        while text.last?.isWhitespace == true { text.removeLast() }
        while let last = text.last, !last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
