# One PRAGMA per option the dialect declares: a fixed few statements when a connection opens.
class CipherDialect:
    pragmas = ("kdf_iter", "cipher", "cipher_page_size", "cipher_use_hmac")

    def on_connect(self, conn, options):
        cursor = conn.cursor()
        for prag in self.pragmas:
            value = options.get(prag)
            if value is not None:
                cursor.execute('pragma %s="%s"' % (prag, value))
        cursor.close()
