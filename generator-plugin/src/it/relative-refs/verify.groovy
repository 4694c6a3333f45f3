def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

assert runs.size() == 2
def app = new File(basedir, 'app')
itFiles.assertSameTree(new File(app, 'target/generated-sources/clientgen'), new File(app, 'target/from-elsewhere'))
def model = new File(app, 'target/from-elsewhere/com/example/jobs/model')
['Job', 'Owner', 'Team', 'Problem', 'JobState'].each { assert new File(model, it + '.java').isFile() }
assert !model.list().any { it ==~ /(Owner1|Job_?1|Team1|Problem1)\.java/ }
assert new File(app, 'target/classes/com/example/jobs/model/Job.class').isFile()
true
