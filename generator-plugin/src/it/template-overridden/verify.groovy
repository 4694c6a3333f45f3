def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

def gen = new File(basedir, 'target/generated-sources/clientgen/org/example/scale')
assert new File(gen, 'ApiException.java').getText('UTF-8').startsWith('// Rendered from the overriding template.')
assert !new File(gen, 'ScaleClient.java').getText('UTF-8').contains('overriding template')
assert new File(basedir, 'target/classes/org/example/scale/ApiException.class').isFile()
assert new File(basedir, 'target/classes/org/example/scale/ScaleClient.class').isFile()
true
