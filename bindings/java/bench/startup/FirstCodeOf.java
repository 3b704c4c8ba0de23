/**
 * Part 6: JVM start to the first codeOf answer. Loads the binding from its jar
 * (native library copied to a temporary file, loaded, file removed), answers, exits.
 */
public class FirstCodeOf {
    public static void main(String[] args) {
        System.out.println(io.github.awserror.AwsErrors.codeOf(new io.github.awserror.AWSForbiddenException("x")));
    }
}
