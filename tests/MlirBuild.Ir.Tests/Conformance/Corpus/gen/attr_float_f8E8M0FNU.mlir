"test.floats"() {v0 = 1.0 : f8E8M0FNU, v1 = 2.0 : f8E8M0FNU, v2 = 0.5 : f8E8M0FNU, v3 = 4.0 : f8E8M0FNU, v4 = 0.25 : f8E8M0FNU, v5 = 1024.0 : f8E8M0FNU} : () -> ()
