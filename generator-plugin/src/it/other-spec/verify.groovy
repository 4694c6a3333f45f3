def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// Each Maven run in build.log starts with this line.
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }

def classes = new File(basedir, 'target/classes/com/example/library')
['LibraryClient', 'model/Book', 'model/Genre'].each { assert new File(classes, it + '.class').isFile() }
def book = new File(basedir, 'target/generated-sources/clientgen/com/example/library/model/Book.java').getText('UTF-8')
assert book.contains('package com.example.library.model;')
assert !new File(basedir, 'target/generated-sources/clientgen/com/example/library/model').list().any { it.contains('Segment') }
true
