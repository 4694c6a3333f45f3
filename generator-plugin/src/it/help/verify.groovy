def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

assert log.contains('clientgen:generate')
['spec', 'templateDirectory', 'outputDirectory', 'packageName', 'clientClassName', 'sourceRoot',
 'checkDependencies', 'skip', 'force'].each { name ->
    assert log =~ /(?m)^\s+${name}( \(Default:.*)?$/ : "help does not list parameter ${name}"
}
assert log.contains('User property: clientgen.sourceRoot')
assert log.replaceAll(/\s+/, ' ').contains('adds it to the compile source roots')
true
