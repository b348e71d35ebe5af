#!/usr/bin/env python3
"""A webhook endpoint for the scripts: answers 200 to every POST and appends one JSON line per request
(its webhook-id, webhook-signature and body) to the file named. Usage: webhook-receiver.py PORTFILE OUTFILE
(it listens on a free port of 127.0.0.1 and writes the port to PORTFILE)."""
import http.server, json, sys

port_file, out_file = sys.argv[1], sys.argv[2]
out = open(out_file, "a", buffering=1)

class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        out.write(json.dumps({"webhookId": self.headers.get("webhook-id"),
                              "signature": self.headers.get("webhook-signature"),
                              "body": json.loads(body)}) + "\n")
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(port_file, "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
