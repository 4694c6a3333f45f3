def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

def gen = new File(basedir, 'target/generated-sources/clientgen/org/example/scale')
assert new File(gen, 'ScaleClient.java').isFile()
assert new File(gen, 'model').listFiles().any { it.name.endsWith('.java') }
assert new File(basedir, 'target/classes/org/example/scale/ScaleClient.class').isFile()
def info = log.readLines().findAll { it.startsWith('[INFO] Generated client org.example.scale.ScaleClient from scale-tasks.yaml into ') }
assert info.size() == 1 : 'expected one info line about the generation'
assert !log.contains('[DEBUG]')
assert log.contains('BUILD SUCCESS')
true
