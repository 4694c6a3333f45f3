def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

assert runs.size() == 2
def variants = [
    'default-root': ['target/generated-sources/clientgen', 'target/classes'],
    'custom-output': ['target/gen/openapi', 'target/classes'],
    'test-sources': ['target/generated-sources/clientgen', 'target/test-classes']]
def rootLists = runs[1].readLines().findAll { it.contains('(f) compileSourceRoots = [') }
variants.each { name, paths ->
    def module = new File(basedir, name)
    def d = new File(module, paths[0]).canonicalPath
    assert new File(d, 'com/example/weather/model/Forecast.java').isFile()
    assert new File(module, paths[1] + '/com/example/weather/model/Forecast.class').isFile()
    assert new File(module, paths[1] + '/com/example/weather/WeatherClient.class').isFile()
    def lists = rootLists.findAll { it.contains(d) }
    assert lists.size() == 1 : "${name}: expected one compiler source-root list with ${d}"
    def roots = lists[0].substring(lists[0].indexOf('[') + 1, lists[0].lastIndexOf(']')).split(', ').toList()
    assert roots.count(d) == 1
    assert !roots.any { it != d && d.startsWith(it + File.separator) && it.startsWith(new File(module, 'target').canonicalPath) }
}
def mainClasses = new File(basedir, 'test-sources/target/classes')
assert !mainClasses.exists() || !new File(mainClasses, 'com/example/weather').exists()
true
