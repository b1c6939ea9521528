import { build } from './lib/build'

build()
