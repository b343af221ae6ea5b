// Copies the NHS.UK stylesheet without its @font-face rules. They load the Frutiger font from an
// NHS CDN that the portal's Content-Security-Policy does not allow, so every page would log a policy
// violation; without them the stylesheet's own fallback (Arial) is used.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

const [from, to] = process.argv.slice(2)
const css = readFileSync(from, 'utf8')
  .replace(/@font-face\{[^}]*\}/g, '')
  .replace(/\/\*# sourceMappingURL=.*?\*\//g, '')
if (css.includes('@font-face')) {
  throw new Error(`Could not remove every @font-face rule from ${from}`)
}
mkdirSync(dirname(to), { recursive: true })
writeFileSync(to, css)
