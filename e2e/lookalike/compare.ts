/**
 * Pixel comparison of two PNG screenshots, done by the browser the flows already drive (its
 * decoder and a canvas): no image library in node_modules is needed for it.
 */
import type { Page } from 'playwright-core'

/**
 * How far apart one channel of two pixels may be before the pixel counts as different: text
 * edges anti-aliased a shade apart are the same look; a colour from another token is not (the
 * nearest of the theme's greys, ui2 against ui3, are 16 apart, hence the bound below that).
 */
export const CHANNEL_THRESHOLD = 12

/** What a comparison found. */
export interface Difference {
  /** The compared area: the larger width and height of the two images. */
  width: number
  height: number
  /** Pixels that differ, counting those only one image covers when the sizes differ. */
  differing: number
  /** `differing` over the compared area, 0 to 1. */
  ratio: number
  sizes: string
  /** A PNG: differing pixels in red over a faded copy of the first image. */
  diffPng: Buffer
}

/** Compares two PNGs pixel by pixel in `page` (any page of the browser: it adds nothing to it). */
export async function comparePngs(page: Page, a: Buffer, b: Buffer): Promise<Difference> {
  const found = await page.evaluate(
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    async ({ a, b, threshold }) => {
      const [first, second] = await Promise.all(
        [a, b].map(async (base64) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
          const ctx = canvas.getContext('2d')!
          ctx.drawImage(bitmap, 0, 0)
          return ctx.getImageData(0, 0, bitmap.width, bitmap.height)
        })
      )
      if (!first || !second) throw new Error('two images expected')
      const width = Math.max(first.width, second.width)
      const height = Math.max(first.height, second.height)
      const out = new ImageData(width, height)
      let differing = 0
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = x < first.width && y < first.height ? (y * first.width + x) * 4 : -1
          const j = x < second.width && y < second.height ? (y * second.width + x) * 4 : -1
          const o = (y * width + x) * 4
          let same = i >= 0 && j >= 0
          for (let c = 0; same && c < 4; c++)
            same = Math.abs(first.data[i + c]! - second.data[j + c]!) <= threshold
          if (same) {
            const grey = 255 - (255 - first.data[i]!) * 0.25
            out.data.set([grey, grey, grey, 255], o)
          } else {
            differing += 1
            out.data.set([255, 0, 0, 255], o)
          }
        }
      }
      const canvas = new OffscreenCanvas(width, height)
      canvas.getContext('2d')!.putImageData(out, 0, 0)
      const blob = await canvas.convertToBlob({ type: 'image/png' })
      const buffer = new Uint8Array(await blob.arrayBuffer())
      let binary = ''
      for (const byte of buffer) binary += String.fromCharCode(byte)
      return {
        width,
        height,
        differing,
        sizes: `${first.width}x${first.height} and ${second.width}x${second.height}`,
        diff: btoa(binary),
      }
    },
    { a: a.toString('base64'), b: b.toString('base64'), threshold: CHANNEL_THRESHOLD }
  )
  return {
    width: found.width,
    height: found.height,
    differing: found.differing,
    ratio: found.differing / (found.width * found.height),
    sizes: found.sizes,
    diffPng: Buffer.from(found.diff, 'base64'),
  }
}
