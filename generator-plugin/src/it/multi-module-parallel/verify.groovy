def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

assert runs.size() == 11
assert !log.contains('not marked @threadSafe')
assert !log.contains('Your build is requesting parallel execution')
(1..10).each { run ->
    ['m1', 'm2', 'm3', 'm4'].each { m ->
        def folder = new File(basedir, m)
        def parallel = new File(folder, "runs/${run}")
        itFiles.assertSameTree(new File(folder, 'serial'), parallel)
        parallel.eachFileRecurse(groovy.io.FileType.FILES) { f ->
            def text = f.getText('UTF-8')
            assert text =~ /(?m)^package com\.example\.${m}(\.[a-z.]+)?;/ : "${f} declares a package of another module"
            ['1', '2', '3', '4'].findAll { 'm' + it != m }.each { other ->
                assert !text.contains('com.example.m' + other) : "${f} mentions module m${other}"
                assert !text.contains('Sample' + other) : "${f} contains module m${other}'s schema"
                assert !text.contains('onlyInM' + other) : "${f} contains module m${other}'s property"
            }
        }
    }
}
['m1', 'm2', 'm3', 'm4'].each { m ->
    assert new File(basedir, "${m}/target/classes/com/example/${m}/TelemetryClient.class").isFile()
}
assert new File(basedir, 'm2/runs/10/com/example/m2/model/Sample2.java').isFile()
assert new File(basedir, 'm4/runs/10/com/example/m4/model/Device.java').getText('UTF-8').contains('onlyInM4')
assert !new File(basedir, 'm1/runs/10/com/example/m1/model/Device.java').getText('UTF-8').contains('onlyInM')
['Sample', 'Device'].each { c ->
    assert new File(basedir, "m3/runs/10/com/example/m3/model/${c}.java").isFile()
    assert new File(basedir, "m3/target/generated-sources/other/com/example/m3/other/model/${c}.java").isFile()
}
true
