def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

assert log.contains('[INFO] Skipped client generation because clientgen.skip is true')
assert !new File(basedir, 'target/generated-sources/clientgen').exists()
assert !new File(basedir, 'target/clientgen-state').exists()
assert log.contains('BUILD SUCCESS')
true
