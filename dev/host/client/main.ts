/** The host page's script: the Looker chrome, and the extension when the URL is one. */
import type { HostPageConfig } from '../wire'
import { setUpDevModeIndicator, setUpMenu, setUpUserPicker } from './chrome'
import { record } from './events'
import { mountExtension } from './extensionHost'

const config = JSON.parse(
  document.getElementById('host-config')!.textContent ?? '{}'
) as HostPageConfig

setUpMenu()
setUpUserPicker()
const refreshIndicator = setUpDevModeIndicator(config)

const mount = document.getElementById('extension')
if (mount && config.route !== null) {
  mountExtension(config, mount, (path, method) => {
    if (path.startsWith('/session') && method.toUpperCase() !== 'GET') refreshIndicator()
  }).catch((error: unknown) => record('HOST_ERROR', String(error), String(error)))
}
