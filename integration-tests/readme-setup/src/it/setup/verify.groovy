// The build compiled the README's example with the processor, wrote the README's schema, and the
// README's Main answered the README's query.
def schema = new File(basedir, 'target/classes/META-INF/kiln/schema.graphql')
assert schema.isFile() : 'the processor wrote no schema.graphql: did it run?'
def expectedQuery = new File(basedir, 'expected-query.graphql').text
assert schema.text.contains(expectedQuery) : "schema.graphql lacks the README's Query type:\n" + schema.text

def log = new File(basedir, 'build.log').text
assert log.contains("{data={books=[{title=The Hitchhiker's Guide to the Galaxy}]}}") : 'Main printed no answer'
return true
