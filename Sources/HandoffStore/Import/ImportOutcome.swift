/// What happened to one row of an imported file.
enum ImportOutcome {
    case created, updated, unchanged, rejected
}
