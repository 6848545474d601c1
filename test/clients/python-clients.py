# What a Python analyst runs against the endpoint, with SPARQLWrapper's and rdflib's defaults; prints one JSON line.
import json
import sys
import urllib.request

from SPARQLWrapper import SPARQLWrapper
import rdflib

base, system = sys.argv[1], sys.argv[2]
out = {}

# SPARQLWrapper's defaults: GET, return format XML (format/output/results parameters set to "xml").
for form, query in (("describe", f"DESCRIBE <{system}>"), ("construct", f"CONSTRUCT {{ <{system}> ?p ?o }} WHERE {{ <{system}> ?p ?o }}")):
    client = SPARQLWrapper(base + "sparql")
    client.setQuery(query)
    graph = client.query().convert()
    out[form] = {"type": type(graph).__name__, "triples": len(graph)}

client = SPARQLWrapper(base + "sparql")
client.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
out["select_xml_rows"] = len(client.query().convert().getElementsByTagName("result"))

# The whole graph as N-Quads, each named graph kept.
with urllib.request.urlopen(base + "export/all.nq") as response:
    dataset = rdflib.ConjunctiveGraph()
    dataset.parse(data=response.read().decode("utf-8"), format="nquads")
out["nquads_graphs"] = len([g for g in dataset.contexts() if len(g) > 0])
out["nquads_quads"] = len(dataset)

print(json.dumps(out))
