// Loaded as a module from our own origin: the Content-Security-Policy allows no inline script.
import { initAll } from './nhsuk-frontend.min.js'

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported')
initAll()

// A radio's conditional part marked data-reveal-when="<radio id>" shows only while that radio is
// chosen. NHS.UK's own reveal sets aria-expanded on the radio, which ARIA does not allow there: this
// changes only what is shown. Without JavaScript the part is always shown.
for (const part of document.querySelectorAll('[data-reveal-when]')) {
  const radio = document.getElementById(part.dataset.revealWhen)
  if (radio) {
    const update = () => {
      part.classList.toggle('nhsuk-radios__conditional--hidden', !radio.checked)
    }
    for (const choice of document.getElementsByName(radio.name)) {
      choice.addEventListener('change', update)
    }
    update()
  }
}

// Forms marked data-submit-once send once: later submits are ignored and the buttons are disabled.
// Disabling waits a turn, so the clicked button's own name still goes with the first submit (Faces
// reads it to know which button was pressed). The server does not rely on this: the form's
// idempotency key makes a second request answer with the first one's result.
for (const form of document.querySelectorAll('form[data-submit-once]')) {
  form.addEventListener('submit', (event) => {
    if (form.dataset.submitted === 'true') {
      event.preventDefault()
      return
    }
    form.dataset.submitted = 'true'
    setTimeout(() => {
      for (const button of form.querySelectorAll('button, input[type=submit]')) {
        button.disabled = true
        button.setAttribute('aria-disabled', 'true')
      }
    }, 0)
  })
}
