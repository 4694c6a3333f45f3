def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

assert runs.size() == 3
assert runs[0].contains("packageName 'com.example.new' is not a Java package name because 'new' is a Java keyword")
assert runs[1].contains("packageName 'com.example-shop' is not a Java package name; use dot-separated identifiers")
assert runs[2].contains("sourceRoot 'both' is not one of main, test, none")
assert !new File(basedir, 'target/generated-sources/clientgen').exists()
true
