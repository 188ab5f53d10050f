/**
 * The embedded warehouse: one sql.js (SQLite) database per process, created on first use and
 * seeded with `seedData.ts`. The wasm is read from disk and handed over as `wasmBinary`, because
 * under jsdom sql.js would otherwise try to `fetch` it.
 */
import { readFileSync } from 'fs'
import { TextDecoder, TextEncoder } from 'util'
import initSqlJs, { type Database, type SqlValue } from 'sql.js'
import { SCHEMA_SQL, seedTables } from './seedData'

let database: Promise<Database> | null = null

function wasmPath(): string {
  return require.resolve('sql.js/dist/sql-wasm.wasm')
}

async function open(): Promise<Database> {
  // jest's jsdom environment lacks these globals, and sql.js's glue code needs them.
  const g = globalThis as Record<string, unknown>
  g.TextDecoder ??= TextDecoder
  g.TextEncoder ??= TextEncoder
  const wasm = readFileSync(wasmPath())
  const SQL = await initSqlJs({
    wasmBinary: wasm.buffer.slice(
      wasm.byteOffset,
      wasm.byteOffset + wasm.byteLength
    ) as ArrayBuffer,
  })
  const db = new SQL.Database()
  db.exec(SCHEMA_SQL)
  db.exec('BEGIN')
  for (const { table, rows } of seedTables()) {
    if (rows.length === 0) continue
    const marks = rows[0]!.map(() => '?').join(', ')
    const stmt = db.prepare(`INSERT INTO ${table} VALUES (${marks})`)
    for (const row of rows) stmt.run(row)
    stmt.free()
  }
  db.exec('COMMIT')
  return db
}

/** The process-wide demo database (lazily created; later calls share it). */
export function getDatabase(): Promise<Database> {
  if (!database) {
    database = open()
    // A failed start must not poison every later call.
    database.catch(() => (database = null))
  }
  return database
}

/** Result rows as column-name -> value objects, in database order. */
export interface SqlRows {
  columns: string[]
  rows: SqlValue[][]
}

/** Runs one SELECT; throws the database's own error (message like `no such column: x`). */
export async function runSql(sql: string): Promise<SqlRows> {
  const db = await getDatabase()
  const result = db.exec(sql)
  const first = result[0]
  if (!first) {
    // No rows: sql.js returns nothing, so ask the statement for its column names.
    const stmt = db.prepare(sql)
    try {
      return { columns: stmt.getColumnNames(), rows: [] }
    } finally {
      stmt.free()
    }
  }
  return { columns: first.columns, rows: first.values }
}
