const labels = {
  password: 'Password',
  passwordHint: 'At least twelve characters',
  tokenExpired: 'Your session expired, please sign in again',
};

function passwordInput() {
  return `<input type="password" name="password" placeholder="${labels.password}">`;
}

module.exports = { labels, passwordInput };
