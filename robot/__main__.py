from robot.cli import main

main()
