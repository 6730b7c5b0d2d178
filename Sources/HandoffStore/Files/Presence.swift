import Foundation
import HandoffCore

/// Who has the board open: one heartbeat row per open board session, refreshed every second and
/// ignored after a few seconds of silence, so a terminal that crashed or lost its ssh connection
/// disappears by itself.
///
/// Presence lives in a small SQLite file of its own beside the board (`board.db-presence`), not in
/// the board's file. Every commit to the board's file changes `PRAGMA data_version` for all other
/// connections, and that is how an open board knows it must reload what it shows. Heartbeats in
/// the board's file (one per second per open terminal) would make every board reload every second
/// for nothing, grow its WAL, and queue for its write lock in front of real changes. Kept apart,
/// the board's file changes only when the pipeline does; a board reads the presence file on its
/// own schedule, and losing that file loses nothing but the "also here" names.
public final class Presence {
    public static let suffix = "-presence"
    /// How often a session says it is still there.
    public static let heartbeatMilliseconds: Int64 = 1_000
    /// Silence after which a session counts as gone.
    public static let expiryMilliseconds: Int64 = 5_000

    let connection: any DatabaseConnection
    /// The tables of heartbeats and meeting screens: `sessions` and `meeting_screens` in the
    /// presence file, `presence_sessions` and `presence_meeting_screens` on a server.
    private let sessions: String
    private let screens: String
    public let sessionID: String
    public let login: String
    let name: String
    let readOnly: Bool
    let host: String
    let started: Int64

    /// Opens (creating if needed) the presence file of the board at `boardPath`. The file gets the
    /// board's mode and group, so a shared board's presence is shared too.
    public init(boardPath: String, login: String, name: String, readOnly: Bool) throws {
        self.login = login
        self.name = name
        self.readOnly = readOnly
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count - 1)
        host = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        started = Presence.clock()
        sessionID = "\(host):\(getpid()):\(UInt32.random(in: 0...UInt32.max))"
        if DatabaseEngine.isServerAddress(boardPath) {
            // On a server, heartbeats and meeting screens go to unlogged tables of the board's
            // database over a connection of their own, outside any write transaction: they notify
            // no board, so none reloads for them (see `PostgresMigrations`).
            connection = try PostgresConnection(address: try PostgresAddress(boardPath), busyTimeout: 250)
            (sessions, screens) = ("presence_sessions", "presence_meeting_screens")
            try? beat(at: started)
            return
        }
        (sessions, screens) = ("sessions", "meeting_screens")
        let path = BoardFiles.resolved(boardPath) + Presence.suffix
        // Refuses a link, a FIFO or someone else's file at the presence names before opening them.
        try BoardFiles.secureCompanions(of: boardPath, align: false)
        if !FileManager.default.fileExists(atPath: path) {
            let permissions = BoardFiles.permissions(of: boardPath)
            // Two boards opening at once may both try; the loser simply uses the winner's file.
            try? BoardFiles.create(at: path, mode: permissions.mode, group: permissions.group)
        }
        // Setting the file up may wait as long as any write to the board: many boards opening at
        // once (a meeting starting) all create the table, and a board that loses that race would
        // stay invisible. Heartbeats afterwards wait only briefly: one that waits is worth less
        // than a board that answers keys, and the next comes a second later.
        let setup = try SQLiteConnection(path: path, followLinks: false)
        try setup.retryingWhileBusy {
            try setup.execute("PRAGMA journal_mode = WAL")
            try setup.execute(
                """
                CREATE TABLE IF NOT EXISTS sessions (
                    id TEXT PRIMARY KEY,
                    login TEXT NOT NULL,
                    name TEXT NOT NULL,
                    read_only INTEGER NOT NULL,
                    host TEXT NOT NULL,
                    pid INTEGER NOT NULL,
                    started_ms INTEGER NOT NULL,
                    seen_ms INTEGER NOT NULL
                );
                CREATE INDEX IF NOT EXISTS sessions_seen ON sessions(seen_ms);
                CREATE TABLE IF NOT EXISTS meeting_screens (
                    session TEXT PRIMARY KEY,
                    login TEXT NOT NULL,
                    name TEXT NOT NULL,
                    item TEXT NOT NULL,
                    item_index INTEGER NOT NULL,
                    line INTEGER NOT NULL,
                    large INTEGER NOT NULL,
                    timebox INTEGER,
                    item_since INTEGER NOT NULL,
                    detail_lead INTEGER,
                    detail_scroll INTEGER NOT NULL,
                    updated_ms INTEGER NOT NULL
                );
                """)
        }
        connection = try SQLiteConnection(path: path, busyTimeout: 250, followLinks: false)
        // Losing a heartbeat to a power cut costs nothing; waiting for the disk would.
        try connection.execute("PRAGMA synchronous = OFF")
        try BoardFiles.secureCompanions(of: boardPath, align: true)
        // A first heartbeat lost to a busy moment is sent again on the next tick.
        try? beat(at: started)
    }

    deinit { leave() }

    /// Wall-clock milliseconds: sessions on one host compare their heartbeats by it.
    public static func clock() -> Int64 { Int64(Date().timeIntervalSince1970 * 1_000) }

    /// Says this session is still here (again, if a long sleep let others forget it), and forgets
    /// sessions silent for a minute.
    public func beat(at now: Int64 = Presence.clock()) throws {
        let write = {
            try self.connection.prepare(
                """
                INSERT INTO \(self.sessions)(id, login, name, read_only, host, pid, started_ms, seen_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET seen_ms = excluded.seen_ms
                """
            ).run(
                .text(self.sessionID), .text(self.login), .text(self.name), .integer(self.readOnly ? 1 : 0), .text(self.host),
                .integer(Int64(getpid())), .integer(self.started), .integer(now))
            try self.connection.prepare("DELETE FROM \(self.sessions) WHERE seen_ms < ?").run(.integer(now - 60_000))
        }
        // On a server, no write transaction: it would notify every board.
        if connection.engine == .sqlite { try connection.transaction(write) } else { try write() }
    }

    /// The other people with the board open and heard from lately, one entry per login, by name.
    public func others(at now: Int64 = Presence.clock()) throws -> [PresenceEntry] {
        let rows = try connection.prepare(
            """
            SELECT login, min(name), min(read_only) FROM \(sessions) WHERE login <> ? AND seen_ms >= ? GROUP BY login ORDER BY 2, login
            """
        ).rows([.text(login), .integer(now - Presence.expiryMilliseconds)]) {
            PresenceEntry(login: $0.string(0), name: $0.string(1), readOnly: $0.int(2) != 0)
        }
        return rows
    }

    /// Who has the board at `boardPath` open now, read without joining: for a command that runs
    /// and exits (`handoff meeting close` takes the attendees from it).
    public static func everyone(boardPath: String, at now: Int64 = Presence.clock()) -> [PresenceEntry] {
        let onServer = DatabaseEngine.isServerAddress(boardPath)
        let path = boardPath + Presence.suffix
        let opened: (any DatabaseConnection)? =
            onServer
            ? (try? PostgresAddress(boardPath)).flatMap { try? PostgresConnection(address: $0, busyTimeout: 250) }
            : (FileManager.default.fileExists(atPath: path) ? try? SQLiteConnection(path: path, readOnly: true, busyTimeout: 250) : nil)
        guard let connection = opened,
            let rows = try? connection.prepare(
                """
                SELECT login, min(name), min(read_only) FROM \(onServer ? "presence_sessions" : "sessions") WHERE seen_ms >= ? GROUP BY login ORDER BY 2, login
                """
            ).rows(
                [.integer(now - Presence.expiryMilliseconds)],
                { PresenceEntry(login: $0.string(0), name: $0.string(1), readOnly: $0.int(2) != 0) })
        else { return [] }
        return rows
    }

    /// Changes whenever another session writes a heartbeat, joins or leaves.
    /// On a server, heartbeats notify nobody: the board re-reads who is here each second, and a
    /// meeting screen's move shows as the newest time a screen was published.
    public func dataVersion() throws -> Int64 {
        if connection.engine == .sqlite { return try connection.scalar("PRAGMA data_version") ?? 0 }
        return try connection.scalar("SELECT coalesce(max(updated_ms), 0) + count(*) FROM presence_meeting_screens") ?? 0
    }

    /// Removes this session's row at once (a clean quit); a crash leaves it to expire.
    public func leave() {
        _ = try? connection.prepare("DELETE FROM \(sessions) WHERE id = ?").run(.text(sessionID))
        _ = try? connection.prepare("DELETE FROM \(screens) WHERE session = ?").run(.text(sessionID))
    }

    // MARK: The room follows the chair
    //
    // A meeting screen that may run the meeting publishes where it stands; screens opened with
    // `--follow` show the position published last by a session still here. It lives in this
    // file, not the board's, for the reasons presence does: a chair stepping through the agenda
    // writes a few times a second, and in the board's file every such write would make every open
    // board reload and queue in front of real changes. Here only the followers, which poll this
    // file's data version on every tick anyway, notice.

    /// Says where this session's meeting screen stands (nil: it left the meeting).
    public func publish(_ position: MeetingPosition?, at now: Int64 = Presence.clock()) throws {
        guard let position else {
            try connection.prepare("DELETE FROM \(screens) WHERE session = ?").run(.text(sessionID))
            return
        }
        try connection.prepare(
            """
            INSERT INTO \(screens)(session, login, name, item, item_index, line, large, timebox, item_since, detail_lead, detail_scroll, updated_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(session) DO UPDATE SET login = excluded.login, name = excluded.name, item = excluded.item, item_index = excluded.item_index,
                line = excluded.line, large = excluded.large, timebox = excluded.timebox, item_since = excluded.item_since,
                detail_lead = excluded.detail_lead, detail_scroll = excluded.detail_scroll, updated_ms = excluded.updated_ms
            """
        ).run(
            .text(sessionID), .text(position.login), .text(position.name), .text(position.item), .integer(Int64(position.index)),
            .integer(Int64(position.line)), .integer(position.large ? 1 : 0), DatabaseValue(position.timebox), .integer(position.itemSince),
            DatabaseValue(position.detailLead), .integer(Int64(position.detailScroll)), .integer(now))
    }

    /// The position published last by another session still here: the chair's.
    public func chair(at now: Int64 = Presence.clock()) throws -> MeetingPosition? {
        try connection.prepare(
            """
            SELECT m.login, m.name, m.item, m.item_index, m.line, m.large, m.timebox, m.item_since, m.detail_lead, m.detail_scroll
            FROM \(screens) m JOIN \(sessions) s ON s.id = m.session
            WHERE m.session <> ? AND s.seen_ms >= ? ORDER BY m.updated_ms DESC LIMIT 1
            """
        ).rows([.text(sessionID), .integer(now - Presence.expiryMilliseconds)]) {
            MeetingPosition(
                login: $0.string(0), name: $0.string(1), item: $0.string(2), index: $0.int(3), line: $0.int(4), large: $0.int(5) != 0,
                timebox: $0.optionalInt64(6), itemSince: $0.int64(7), detailLead: $0.optionalInt64(8), detailScroll: $0.int(9))
        }.first
    }
}
