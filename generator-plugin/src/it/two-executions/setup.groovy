def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
itFiles.copyCase(new File(casesDir), '26-skip-unchanged-spec', basedir)
true
