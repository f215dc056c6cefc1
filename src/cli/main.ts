process.stdout.write("")
