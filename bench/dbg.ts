import { startHostEmulator } from '../dev/host'
import { launch, newPage, extensionFrame, apiCalls, markTime } from './browser'
;(async () => {
  const e = await startHostEmulator({
    port: 0,
    fakeLooker: { seed: 'huge:20', sessionMode: 'ui', latencyMs: 100 },
  })
  e.looker!.setUserWorkspace('ada', 'dev')
  const b = await launch()
  const page = await newPage(b)
  await page.goto(e.extensionUrl('/'))
  const f = await extensionFrame(page)
  const done = await markTime(f, 'summary', 30000)
  const calls = await apiCalls(page)
  const t0 = calls[0]!.at
  for (const c of calls) console.log(c.at - t0, c.method, c.path)
  console.log('done', done - t0)
  await b.close()
  await e.close()
})()
