def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
['default-root', 'custom-output', 'test-sources'].each { m ->
    itFiles.copyCase(new File(casesDir), '30-compile-source-root', new File(basedir, m))
}
true
