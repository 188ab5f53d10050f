/**
 * Deterministic demo data for the embedded database: the same rows in every process, so tests can
 * rely on totals. Prices are multiples of 0.25, which binary floats add exactly (no 0.1+0.2 noise).
 */

/** Tables live in an attached `public` schema so the SQL reads like a Postgres warehouse's. */
export const SCHEMA_SQL = `
ATTACH DATABASE ':memory:' AS public;
CREATE TABLE public.users (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT,
  country TEXT, age INTEGER, created_at TEXT);
CREATE TABLE public.products (id INTEGER PRIMARY KEY, name TEXT, category TEXT, brand TEXT,
  retail_price REAL, cost REAL);
CREATE TABLE public.orders (id INTEGER PRIMARY KEY, user_id INTEGER, product_id INTEGER,
  status TEXT, sale_price REAL, discount REAL, created_at TEXT);
CREATE TABLE public.campaigns (id INTEGER PRIMARY KEY, name TEXT, channel TEXT, spend REAL,
  clicks INTEGER, conversions INTEGER, started_at TEXT);
CREATE TABLE public.invoices (id INTEGER PRIMARY KEY, customer TEXT, amount REAL, tax REAL,
  status TEXT, issued_at TEXT);
CREATE TABLE public.stock (id INTEGER PRIMARY KEY, product_id INTEGER, warehouse TEXT,
  quantity INTEGER, reorder_level INTEGER);
`

export const ROW_COUNTS = {
  users: 120,
  products: 40,
  orders: 400,
  campaigns: 24,
  invoices: 150,
  stock: 80,
}

/** mulberry32: a tiny seeded PRNG, enough for demo rows. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COUNTRIES = ['USA', 'UK', 'Germany', 'France', 'Brazil', 'Japan', 'India', 'Canada']
const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Ken', 'Margaret', 'Linus', 'Radia']
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Thompson', 'Hamilton']
const CATEGORIES = ['Jeans', 'Tops', 'Outerwear', 'Shoes', 'Accessories']
const BRANDS = ['Acme', 'Globex', 'Initech', 'Umbrella']
const STATUSES = [
  'complete',
  'complete',
  'complete',
  'shipped',
  'processing',
  'cancelled',
  'returned',
]
const CHANNELS = ['search', 'social', 'email', 'display']
const WAREHOUSES = ['Berlin', 'Chicago', 'Osaka']

type Row = Array<string | number | null>
export interface SeedTable {
  table: string
  rows: Row[]
}

const quarters = (x: number) => Math.round(x * 4) / 4
const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)]!
const pad = (n: number) => String(n).padStart(2, '0')

/** A timestamp in 2024, `dayOfYear` 0..365. */
function stamp(dayOfYear: number, r: () => number): string {
  const d = new Date(Date.UTC(2024, 0, 1 + dayOfYear, Math.floor(r() * 24), Math.floor(r() * 60)))
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  return `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`
}

/** Every demo row, generated from a fixed seed. */
export function seedTables(): SeedTable[] {
  const r = prng(20240101)
  const users: Row[] = []
  for (let id = 1; id <= ROW_COUNTS.users; id++) {
    const first = pick(r, FIRST)
    const last = pick(r, LAST)
    const email = `${first}.${last}${id}@example.com`.toLowerCase()
    const age = 18 + Math.floor(r() * 60)
    users.push([id, first, last, email, pick(r, COUNTRIES), age, stamp(Math.floor(r() * 200), r)])
  }
  const products: Row[] = []
  for (let id = 1; id <= ROW_COUNTS.products; id++) {
    const category = CATEGORIES[id % CATEGORIES.length]!
    const retail = quarters(10 + r() * 190)
    products.push([
      id,
      `${category} #${id}`,
      category,
      pick(r, BRANDS),
      retail,
      quarters(retail * 0.4),
    ])
  }
  const orders: Row[] = []
  for (let id = 1; id <= ROW_COUNTS.orders; id++) {
    const product = products[Math.floor(r() * products.length)]!
    const price = product[4] as number
    // About 40% of orders carry a discount: what makes net revenue differ from gross.
    const discount = r() < 0.4 ? quarters(price * (0.05 + r() * 0.25)) : 0
    const userId = 1 + Math.floor(r() * ROW_COUNTS.users)
    const day = Math.floor((id / ROW_COUNTS.orders) * 365)
    orders.push([
      id,
      userId,
      product[0] as number,
      pick(r, STATUSES),
      price,
      discount,
      stamp(day, r),
    ])
  }
  const campaigns: Row[] = []
  for (let id = 1; id <= ROW_COUNTS.campaigns; id++) {
    const clicks = 100 + Math.floor(r() * 5000)
    const spend = quarters(200 + r() * 4800)
    const started = stamp(id * 15, r)
    campaigns.push([
      id,
      `Campaign ${id}`,
      pick(r, CHANNELS),
      spend,
      clicks,
      Math.floor(clicks * r() * 0.1),
      started,
    ])
  }
  const invoices: Row[] = []
  for (let id = 1; id <= ROW_COUNTS.invoices; id++) {
    const amount = quarters(50 + r() * 2000)
    const status = r() < 0.8 ? 'paid' : 'open'
    invoices.push([
      id,
      `Customer ${1 + (id % 30)}`,
      amount,
      quarters(amount * 0.2),
      status,
      stamp(id * 2, r),
    ])
  }
  const stock: Row[] = []
  for (let id = 1; id <= ROW_COUNTS.stock; id++) {
    const productId = 1 + (id % ROW_COUNTS.products)
    stock.push([
      id,
      productId,
      pick(r, WAREHOUSES),
      Math.floor(r() * 300),
      20 + Math.floor(r() * 30),
    ])
  }
  return [
    { table: 'public.users', rows: users },
    { table: 'public.products', rows: products },
    { table: 'public.orders', rows: orders },
    { table: 'public.campaigns', rows: campaigns },
    { table: 'public.invoices', rows: invoices },
    { table: 'public.stock', rows: stock },
  ]
}
