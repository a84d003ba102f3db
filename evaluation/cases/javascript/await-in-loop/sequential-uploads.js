async function uploadAll(client, files) {
  const results = [];
  for (const file of files) {
    results.push(await client.upload(file)); // expect: await-in-loop
  }
  return results;
}

module.exports = { uploadAll };
