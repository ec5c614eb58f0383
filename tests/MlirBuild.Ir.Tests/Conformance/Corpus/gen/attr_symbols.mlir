"test.syms"() {a = @f, b = @"quoted sym", c = @a::@b::@c, d = [@x, @y::@z], e = @"with::colon"::@n} : () -> ()
