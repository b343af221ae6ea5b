// Loaded as a module from our own origin: the Content-Security-Policy allows no inline script.
import { initAll } from './nhsuk-frontend.min.js'

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported')
initAll()
