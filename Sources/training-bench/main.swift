import Engine
print(blasConfiguration())
