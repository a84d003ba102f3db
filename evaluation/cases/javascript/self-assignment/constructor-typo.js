class Client {
  constructor(baseUrl, timeout) {
    this.baseUrl = baseUrl;
    timeout = timeout; // expect: self-assignment
  }
}

module.exports = Client;
