async function uploadAll(client, files) {
  return Promise.all(files.map((file) => client.upload(file)));
}

module.exports = { uploadAll };
