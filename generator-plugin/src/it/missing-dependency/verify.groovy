def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

assert runs.size() == 2
def failed = runs[0]
assert failed.contains('The generated client needs com.fasterxml.jackson.core:jackson-databind on the compile classpath, but missing-dependency does not depend on it')
assert failed.contains('<artifactId>jackson-databind</artifactId>')
assert failed =~ /<version>2\.\d+\.\d+<\/version>/
assert failed.contains('clientgen.checkDependencies')
assert runs[1].contains('[INFO] Generated client com.example.library.ApiClient from library.yaml')
true
