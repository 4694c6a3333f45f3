def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

assert runs.size() == 3
assert runs[0].contains('[INFO] Generated client com.example.library.LibraryClient from library.yaml')
assert runs[1].contains('[INFO] Skipped client generation for execution generate because its inputs are unchanged')
assert runs[1].contains('Nothing to compile')
assert runs[2] =~ /Generated client com\.example\.library\.LibraryClient from library\.yaml into .*: 0 written, \d+ unchanged, 0 deleted/
assert runs[2].contains('Nothing to compile')
// Run 1 compiled after it generated; later runs left every source older than its class.
def sources = new File(basedir, 'target/generated-sources/clientgen')
def classes = new File(basedir, 'target/classes')
sources.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def relative = sources.toPath().relativize(f.toPath()).toString().replaceAll(/\.java$/, '.class')
    def compiled = new File(classes, relative)
    assert compiled.isFile()
    assert f.lastModified() <= compiled.lastModified() : "${f} was rewritten after it was compiled"
}
true
