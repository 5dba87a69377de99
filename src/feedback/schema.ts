import type Database from "better-sqlite3";

/**
 * The feedback store's schema, one entry per version: `MIGRATIONS[n]` takes a database at
 * `PRAGMA user_version = n` to `n + 1`. Append a migration to change the schema; never edit one
 * that shipped.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE answers (
     id TEXT PRIMARY KEY,
     kind TEXT NOT NULL,
     question TEXT NOT NULL,
     question_key TEXT NOT NULL,
     shown TEXT NOT NULL,
     day TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     UNIQUE (kind, question_key, shown, day)
   );
   CREATE INDEX answers_by_day ON answers (day);
   CREATE TABLE votes (
     answer_id TEXT NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
     voter TEXT NOT NULL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
     PRIMARY KEY (answer_id, voter)
   ) WITHOUT ROWID;
   CREATE TABLE unanswered (
     day TEXT NOT NULL,
     kind TEXT NOT NULL,
     question_key TEXT NOT NULL,
     question TEXT NOT NULL,
     count INTEGER NOT NULL,
     PRIMARY KEY (day, kind, question_key)
   ) WITHOUT ROWID;
   CREATE INDEX unanswered_by_question ON unanswered (kind, question_key, day);
   CREATE TABLE daily (
     day TEXT NOT NULL,
     kind TEXT NOT NULL,
     asked INTEGER NOT NULL,
     unanswered INTEGER NOT NULL,
     PRIMARY KEY (day, kind)
   ) WITHOUT ROWID;`,
];

/** The version a fully migrated store is at. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database to {@link SCHEMA_VERSION} in one immediate transaction (so two processes
 * opening a new file at once do not both create it), and makes sure the voter salt exists.
 * Throws when the file was written by a newer Gazette.
 */
export function migrate(db: Database.Database, newSalt: string): void {
  db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(
        `its schema is version ${version}, newer than this Gazette's ${SCHEMA_VERSION} (run the newer Gazette, or point DATA_DIR elsewhere)`,
      );
    }
    for (let next = version; next < SCHEMA_VERSION; next++) {
      db.exec(MIGRATIONS[next] as string);
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.prepare("INSERT OR IGNORE INTO settings (key, value) VALUES ('voter_salt', ?)").run(newSalt);
  }).immediate();
}
