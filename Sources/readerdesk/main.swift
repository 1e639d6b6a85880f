import ReaderDeskCore
print(ReaderDeskCoreVersion.string)
