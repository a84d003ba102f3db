const { Octokit } = require('@octokit/rest');

const client = new Octokit({ auth: 'ghp_8fK2mQ9xLp4Rt7Vw1Zy3Bn6Cd0Ef5Gh2Jk4L' }); // expect: hardcoded-secret

module.exports = client;
