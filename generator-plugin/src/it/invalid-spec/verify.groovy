def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

import java.security.MessageDigest

assert runs.size() == 3
def syntax = runs[1]
assert syntax.contains('BUILD FAILURE')
assert syntax =~ /parts[\\\/]orders\.yaml:6:\d+: not valid YAML/
assert syntax.toLowerCase().contains('tab')
assert !syntax.contains("in 'string'")
assert !syntax.contains("in 'reader'")
assert !syntax.contains('Wrong specification url/path')

def semantic = runs[2]
assert semantic.contains('BUILD FAILURE')
assert semantic.contains('The OpenAPI document has 2 problems')
assert semantic =~ /spec-semantic\.yaml:23:\d+: .*#\/components\/schemas\/Ordr/
assert semantic =~ /spec-semantic\.yaml:28:\d+: .*components\.schemas\.Order\.required.*array/

// The failed runs left the output of run 1 as the state file recorded it, byte for byte.
def output = new File(basedir, 'target/generated-sources/clientgen')
def state = new Properties()
new File(basedir, 'target/clientgen-state/generate.properties').withReader('UTF-8') { state.load(it) }
def recorded = state.stringPropertyNames().findAll { it.startsWith('file.') }
assert !recorded.isEmpty()
def onDisk = itFiles.snapshot(output)
assert onDisk.keySet() == recorded.collect { it.substring(5) } as Set
recorded.each { key ->
    def bytes = onDisk[key.substring(5)]
    assert MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() == state.getProperty(key)
}
assert onDisk.keySet().every { !it.endsWith('.tmp') }
true
