def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

assert runs.size() == 2
assert runs[1].contains('[INFO] Generated client com.example.library.LibraryClient from library.yaml')
def gen = new File(basedir, 'app/target/generated-sources/clientgen/com/example/library')
assert new File(gen, 'model/Book.java').isFile()
assert new File(gen, 'ApiException.java').getText('UTF-8').startsWith('// Relative templateDirectory resolved.')
assert new File(basedir, 'app/target/classes/com/example/library/LibraryClient.class').isFile()
assert !new File(basedir, 'target').exists()
true
