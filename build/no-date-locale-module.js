// No date locale: see no-date-locale.js.
export default undefined
