# The DCAT catalogue as Python's rdflib reads it, in each of its formats; prints one JSON line of triple counts.
import json
import sys
import urllib.request

import rdflib

base = sys.argv[1]
counts = {}
for extension, rdflib_format in (("ttl", "turtle"), ("rdf", "xml"), ("jsonld", "json-ld")):
    with urllib.request.urlopen(f"{base}catalog.{extension}") as response:
        graph = rdflib.Graph()
        graph.parse(data=response.read().decode("utf-8"), format=rdflib_format, publicID=f"{base}catalog")
    counts[extension] = len(graph)
print(json.dumps(counts))
